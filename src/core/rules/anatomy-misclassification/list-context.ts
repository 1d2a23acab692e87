import type { Mention } from '../../matcher';
import type { TermIndex } from '../../terminology/term-index';
import type { Block } from '../rule';
import {
  BARE_TYPES_HEADING,
  CLASS_THEN_EXAMPLE,
  EXAMPLE_OF_CLASS,
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

/**
 * What one block contributes to the list pass, in document order. A heading keeps what its text
 * says (the section it opens also depends on the title, known only across blocks); list items
 * are kept only when they lead with a misplaced disease, since other items change nothing.
 */
export type ListStep =
  | { kind: 'heading'; depth: number; title: boolean; bareTypes: boolean; cue: boolean }
  | { kind: 'paragraph'; leadIn: boolean }
  | { kind: 'item'; found: Misplacement };

/** Where the list pass stands: the depth of the heading that opened a neuropathy-causes section, an open lead-in, the title's kind. */
export interface ListState {
  heading: number | undefined;
  leadIn: boolean;
  neuropathyTitle: boolean;
}

export const NO_LIST: ListState = { heading: undefined, leadIn: false, neuropathyTitle: false };

export function sameListState(a: ListState, b: ListState): boolean {
  return a.heading === b.heading && a.leadIn === b.leadIn && a.neuropathyTitle === b.neuropathyTitle;
}

/**
 * List items that name a CNS or neuromuscular-junction disease under a heading about causes or
 * types of neuropathy (or a bare "## Common types" on a page titled with neuropathy), or after a
 * lead-in paragraph such as "Causes of neuropathy include:", in one block's steps (offsets relative
 * to it). Headings and lead-ins often sit in another chunk than their list, hence the state carried
 * from block to block; returns the state after this block.
 */
export function listMisplacements(state: ListState, steps: readonly ListStep[], found: (misplacement: Misplacement) => void): ListState {
  let { heading, leadIn, neuropathyTitle } = state;
  for (const step of steps) {
    if (step.kind === 'heading') {
      if (heading !== undefined && step.depth <= heading) heading = undefined;
      if (step.depth === 1) neuropathyTitle = step.title;
      const bare = neuropathyTitle && step.depth > 1 && step.bareTypes;
      if (bare || step.cue) heading = step.depth;
      // A lead-in opens the list that follows it; any other paragraph or heading ends that list.
      leadIn = false;
    } else if (step.kind === 'paragraph') {
      leadIn = step.leadIn;
    } else if (heading !== undefined || leadIn) {
      found(step.found);
    }
  }
  const after = { heading, leadIn, neuropathyTitle };
  return sameListState(after, state) ? state : after;
}

/** What one block contributes to the list pass (part of the rule's summary of the chunk). */
export function listSteps(block: Block, terms: TermIndex): ListStep[] {
  const steps: ListStep[] = [];
  for (const unit of block.units) {
    const text = block.masked.slice(unit.start, unit.end);
    if (unit.kind === 'heading') {
      const rejected = REJECTED.test(text);
      steps.push({
        kind: 'heading',
        depth: unit.depth,
        title: NEUROPATHY_TITLE.test(text) && ![NOT_LISTING, REJECTED, TITLE_CONTRAST].some((p) => p.test(text)),
        bareTypes: BARE_TYPES_HEADING.test(text) && !rejected,
        cue: NEUROPATHY_HEADING_CUE.test(text) && !rejected,
      });
      continue;
    }
    if (!unit.inList) {
      const leadIn = text.trimEnd().endsWith(':') && NEUROPATHY_LIST_CUE.test(text);
      const last = steps[steps.length - 1];
      // Paragraphs in a row that open no list leave the same state as one.
      if (leadIn || last?.kind !== 'paragraph' || last.leadIn) steps.push({ kind: 'paragraph', leadIn });
      continue;
    }
    const found = leadingDisease(block, unit.start, unit.end, text, terms);
    if (found) steps.push({ kind: 'item', found });
  }
  return steps;
}

function leadingDisease(block: Block, start: number, end: number, text: string, terms: TermIndex): Misplacement | undefined {
  const mentions = block.mentionsIn(start, end);
  let first: Mention | undefined = mentions[0];
  // "- Conditions such as MS": a class in plain words may come before the named example.
  const lead = first ? block.masked.slice(start, first.offset) : '';
  if (!first || (lead.trim() !== '' && !CLASS_THEN_EXAMPLE.test(lead))) return undefined;
  // "- Autoimmune diseases such as multiple sclerosis": the item is the example after the class.
  const example = mentions[1];
  if (example && EXAMPLE_OF_CLASS.test(block.masked.slice(first.endOffset, example.offset))) first = example;
  const entry = terms.get(first.termId);
  if (!entry || claimKind(entry, terms) !== 'disease') return undefined;
  if (entry.site !== 'central' && entry.site !== 'neuromuscular-junction') return undefined;
  if (NOT_LISTING.test(text)) return undefined;
  // "- MS drugs such as interferon": the item is the drug, not the disease.
  if (/^\s*(?:drugs?|medicines?|medications?|treatments?|therap(?:y|ies))\b/i.test(block.masked.slice(first.endOffset, end))) return undefined;
  return { mention: first, entry, says: `${LISTED_TEXT} ${SITE_TEXT[entry.site]}` };
}
