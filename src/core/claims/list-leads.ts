import type { ProseUnit } from '../markdown/prose';
import type { Block } from '../rules/rule';
import type { TermIndex } from '../terminology/term-index';
import type { Entry } from '../terminology/types';
import type { Span } from '../text/sentences';

/** A lead-in that opens a list of what a treatment does: "Benefits include:", "It can:", "Advantages:", "The result is:". */
const BENEFIT_LEAD = /\b(?:benefits?|advantages?|helps?|can|will|effects?|results?|outcomes?)\b[^:]{0,40}:\s*$/i;

/**
 * Walks a block's units in order and says, for each list item that names no treatment, which
 * treatment outside mainstream care its list is about: the one a heading right before names ("##
 * Acetyl-L-carnitine"), or the one a benefits lead-in introduces ("Acetyl-L-carnitine is an amino
 * acid... Benefits include:"), named in the lead-in or the paragraph just before it.
 */
export class ListLeads {
  /** The treatment the last paragraph or heading named first, if it is outside mainstream care. */
  private named: Entry | undefined;
  /** The treatment whose list the next items belong to. */
  lead: Entry | undefined;

  constructor(
    private readonly block: Block,
    private readonly terms: TermIndex,
  ) {}

  /** The treatment `unit` lists a benefit of, when it is such an item; moves the walk on. */
  next(unit: ProseUnit): Entry | undefined {
    const treatments = this.block.mentionsIn(unit.start, unit.end).map((m) => this.terms.get(m.termId)).filter((e) => e?.kind === 'treatment');
    if (unit.inList) return treatments.length === 0 ? this.lead : undefined;
    const before = this.named;
    // The paragraph's first treatment is what it is about: "Alpha lipoic acid is ... sold as a supplement".
    // A paragraph naming none ends the remedy's reach: a lead-in two paragraphs on is about something else.
    if (treatments.length > 0) this.named = treatments[0]?.approach ? treatments[0] : undefined;
    else if (unit.kind !== 'heading') this.named = undefined;
    const text = this.block.masked.slice(unit.start, unit.end);
    // A heading naming no treatment leads into the items about the paragraph's remedy before it ("## Benefits").
    this.lead = unit.kind === 'heading' ? this.named : BENEFIT_LEAD.test(text) ? this.named ?? before : undefined;
    if (unit.kind === 'heading' && treatments.length === 0) this.named = undefined;
    return undefined;
  }
}

/** The treatment whose list a block's last paragraph or heading leads into, for the list in the next block. */
export function listLeadRemedy(block: Block, terms: TermIndex): Entry | undefined {
  const leads = new ListLeads(block, terms);
  for (const unit of block.units) leads.next(unit);
  return leads.lead;
}

/** The sentences of the list items a block opens with that name no treatment: the items of a list whose lead is in the block before. */
export function leadingItems(block: Block, terms: TermIndex): Span[] {
  const out: Span[] = [];
  for (const unit of block.units) {
    if (!unit.inList) break;
    if (block.mentionsIn(unit.start, unit.end).some((m) => terms.get(m.termId)?.kind === 'treatment')) continue;
    out.push(...block.sentences(unit));
  }
  return out;
}
