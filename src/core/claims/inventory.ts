import { analyseDocument, type DocumentFormat } from '../analyse-block';
import type { Block } from '../rules/rule';
import { LineIndex } from '../positions';
import type { TermIndex } from '../terminology/term-index';
import type { FindingSource } from '../types';
import { compareWithFacts, type FactVerdict } from './compare';
import { documentTopic } from '../rules/claims/topic';
import { listPairs, type ListPair } from '../rules/treatment-claim/list-context';
import { readClaims, type Claim } from './reader';

/** One claim of a document as a reviewer reads it in the claims inventory. */
export interface InventoryRow {
  /** 1-based line of the claim's first name. */
  line: number;
  /** Absolute offsets of the sentence that makes the claim. */
  offset: number;
  endOffset: number;
  /** "intravenous immunoglobulin for Guillain-Barré syndrome: presented as standard care". */
  says: string;
  /** How it is framed, in words ("negated, hedged"); empty for a plain statement by the writer. */
  framing: string;
  verdict: FactVerdict;
  fact?: string;
  source?: FindingSource;
}

const TREATMENT_WORDS: Record<string, string> = {
  harms: 'presented as harmful',
  standard: 'presented as standard care',
  works: 'presented as working',
  used: 'presented as used',
};

/**
 * Every medical claim the claim reader finds in a document, correct ones too, in document order,
 * each with the fact it was compared with: what a reviewer needs to see what was checked, not only
 * what failed. Treatment lists under a heading or lead-in count as claims too. One row per subject,
 * attribute and object on a line.
 */
export function claimsInventory(
  text: string,
  terms: TermIndex,
  format: DocumentFormat = 'markdown',
  /** The document already analysed, when the caller has it. */
  blocks: ReadonlyArray<{ start: number; block: Block }> = analyseDocument(text, format, terms),
): InventoryRow[] {
  const lines = new LineIndex(text);
  const claims: Array<{ claim: Claim; start: number; listed: boolean }> = [];
  const topic = documentTopic({ text, blocks }, terms);
  for (const { start, block } of blocks) for (const claim of readClaims(block, terms, { topic })) claims.push({ claim, start, listed: false });
  for (const pair of listPairs({ text, blocks }, terms)) {
    for (const claim of listedClaims(pair, terms)) claims.push({ claim, start: pair.start, listed: true });
  }
  claims.sort((a, b) => a.start + Math.min(a.claim.subject.offset, a.claim.object.offset) - (b.start + Math.min(b.claim.subject.offset, b.claim.object.offset)));
  const rows: InventoryRow[] = [];
  const seen = new Set<string>();
  for (const { claim, start, listed } of claims) {
    const at = start + (claim.subject.implicit ? claim.object.offset : Math.min(claim.subject.offset, claim.object.offset));
    const line = lines.positionAt(at).line + 1;
    const key = `${line}|${claim.attribute}|${claim.subject.termId}|${claim.object.termId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const match = compareWithFacts(claim, terms);
    rows.push({
      line,
      offset: start + claim.sentence.start,
      endOffset: start + claim.sentence.end,
      says: says(claim, terms),
      framing: listed ? 'listed under a heading or lead-in that names it' : framing(claim),
      verdict: match.verdict,
      ...(match.fact ? { fact: match.fact } : {}),
      ...(match.source ? { source: match.source } : {}),
    });
  }
  return rows;
}

/** Treatment claims a list item makes with the heading or lead-in above it ("## How GBS is treated" / "- Steroids"). */
function listedClaims(pair: ListPair, terms: TermIndex): Claim[] {
  const item = pair.first;
  const itemEntry = terms.get(item.termId);
  if (!itemEntry) return [];
  const itemTerm = { termId: item.termId, text: item.text, offset: item.offset, endOffset: item.endOffset };
  return pair.names.map((entry) => {
    const named = { termId: entry.id, text: entry.preferred, offset: item.offset, endOffset: item.offset, implicit: true };
    const [subject, object] = itemEntry.kind === 'treatment' ? [named, itemTerm] : [itemTerm, named];
    return {
      attribute: 'treatment',
      subject,
      object,
      predicate: 'used',
      question: false,
      negated: false,
      certainty: 'stated',
      attribution: 'writer',
      sentence: { start: item.offset, end: pair.end },
    } satisfies Claim;
  });
}

/** What a claim says, in the terminology's names: "corticosteroids for Guillain-Barré syndrome: presented as working". */
export function says(claim: Claim, terms: TermIndex): string {
  const name = (id: string, text: string): string => terms.get(id)?.preferred ?? text;
  const subject = name(claim.subject.termId, claim.subject.text);
  const object = name(claim.object.termId, claim.object.text);
  if (claim.attribute === 'treatment') return `${object} for ${subject}: ${TREATMENT_WORDS[claim.predicate] ?? claim.predicate}`;
  if (claim.attribute === 'site') return `${subject} acts in the ${object}`;
  return `${subject} is a form of ${object}`;
}

function framing(claim: Claim): string {
  return [
    claim.question ? 'question' : '',
    claim.negated ? 'denied' : '',
    claim.certainty === 'stated' ? '' : claim.certainty,
    claim.attribution === 'myth' ? 'myth being corrected' : claim.attribution === 'reported' ? "someone else's belief" : '',
    claim.timing === 'historical' ? 'past practice' : claim.timing === 'studied' ? 'research' : '',
    claim.subject.implicit || claim.object.implicit ? 'a name taken from the page title or earlier in the sentence' : '',
    claim.condition ? `only "${claim.condition}"` : '',
  ]
    .filter(Boolean)
    .join(', ');
}
