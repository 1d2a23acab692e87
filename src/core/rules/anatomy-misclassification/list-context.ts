import type { Mention } from '../../matcher';
import type { TermIndex } from '../../terminology/term-index';
import type { Block, DocumentInput } from '../rule';
import {
  BARE_TYPES_HEADING,
  LISTED_TEXT,
  NEUROPATHY_HEADING_CUE,
  NEUROPATHY_LIST_CUE,
  NEUROPATHY_TITLE,
  NOT_LISTING,
  REJECTED,
  SITE_TEXT,
  TITLE_CONTRAST,
} from './cues';
import { claimKind, type Misplacement } from './sentence-claims';

/** A misplacement found from context; offsets are absolute (document) offsets. */
export interface PlacedMisplacement extends Misplacement {
  base: number;
}

/**
 * List items that name a CNS or neuromuscular-junction disease under a heading about causes or
 * types of neuropathy (or a bare "## Common types" on a page titled with neuropathy), or after a
 * lead-in paragraph such as "Causes of neuropathy include:".
 * Headings and lead-ins often sit in another chunk than their list, hence a document pass; it only
 * reads headings, lead-in paragraphs and the first mention of each list item.
 */
export function listMisplacements(doc: DocumentInput, terms: TermIndex): PlacedMisplacement[] {
  const out: PlacedMisplacement[] = [];
  let heading: number | undefined; // depth of the heading that opened a neuropathy-causes section
  let leadIn = false;
  let inListAfterLeadIn = false;
  let neuropathyTitle = false;
  for (const { start, block } of doc.blocks) {
    for (const unit of block.units) {
      const text = block.masked.slice(unit.start, unit.end);
      if (unit.kind === 'heading') {
        if (heading !== undefined && unit.depth <= heading) heading = undefined;
        if (unit.depth === 1) neuropathyTitle = NEUROPATHY_TITLE.test(text) && ![NOT_LISTING, REJECTED, TITLE_CONTRAST].some((p) => p.test(text));
        const bare = neuropathyTitle && unit.depth > 1 && BARE_TYPES_HEADING.test(text);
        if ((bare || NEUROPATHY_HEADING_CUE.test(text)) && !REJECTED.test(text)) heading = unit.depth;
        leadIn = inListAfterLeadIn = false;
        continue;
      }
      if (!unit.inList) {
        // A lead-in opens the list that follows it; any other paragraph ends that list.
        leadIn = text.trimEnd().endsWith(':') && NEUROPATHY_LIST_CUE.test(text);
        inListAfterLeadIn = false;
        continue;
      }
      if (leadIn) inListAfterLeadIn = true;
      if (heading === undefined && !inListAfterLeadIn) continue;
      const found = leadingDisease(block, unit.start, unit.end, text, terms);
      if (found) out.push({ ...found, base: start });
    }
  }
  return out;
}

function leadingDisease(block: Block, start: number, end: number, text: string, terms: TermIndex): Misplacement | undefined {
  const first: Mention | undefined = block.mentionsIn(start, end)[0];
  if (!first || block.masked.slice(start, first.offset).trim() !== '') return undefined;
  const entry = terms.get(first.termId);
  if (!entry || claimKind(entry, terms) !== 'disease') return undefined;
  if (entry.site !== 'central' && entry.site !== 'neuromuscular-junction') return undefined;
  if (NOT_LISTING.test(text)) return undefined;
  // "- MS drugs such as interferon": the item is the drug, not the disease.
  if (/^\s*(?:drugs?|medicines?|medications?|treatments?|therap(?:y|ies))\b/i.test(block.masked.slice(first.endOffset, end))) return undefined;
  return { mention: first, entry, says: `${LISTED_TEXT} ${SITE_TEXT[entry.site]}` };
}
