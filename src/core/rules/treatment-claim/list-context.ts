import type { Mention } from '../../matcher';
import type { TermIndex } from '../../terminology/term-index';
import type { Entry } from '../../terminology/types';
import type { Block, DocumentInput, Report } from '../rule';
import { DISEASE_KINDS, reportPairs } from './clause-check';
import { ENDORSE, LEAD_IN_ENDORSE, NEGATE } from './cues';
import { asksQuestion } from '../../text/questions';

/** What a heading or lead-in says is treated: diseases ("## How GBS is treated") or treatments ("We use plasma exchange for:"). */
interface ListContext {
  names: Entry[];
  side: 'disease' | 'treatment';
}

/**
 * What one block contributes to the list pass, in document order: each heading, each paragraph
 * (as the lead-in it opens, if any) and each list item that could be a claim. Items that cannot
 * (negated, or not led by a disease or treatment) change nothing, so they are left out.
 */
export type ListStep =
  | { kind: 'heading'; depth: number; context: ListContext | undefined }
  | { kind: 'paragraph'; leadIn: ListContext | undefined }
  | { kind: 'item'; first: Mention; side: ListContext['side']; end: number };

/** A list item paired with what its heading or lead-in names; `start` is the block's offset in the document. */
export interface ListPair {
  start: number;
  /** The block's index in `doc.blocks`. */
  block: number;
  /** The name that leads the item (a treatment or a disease), chunk-relative. */
  first: Mention;
  /** The diseases or treatments the heading or lead-in names. */
  names: Entry[];
  /** Where the item's text ends, chunk-relative. */
  end: number;
}

/** Where the list pass stands: the heading and the lead-in paragraph whose list items are claims. */
export interface ListState {
  heading: (ListContext & { depth: number }) | undefined;
  leadIn: ListContext | undefined;
}

export const NO_LIST: ListState = { heading: undefined, leadIn: undefined };

/**
 * Treatment lists: items under a heading such as "## How GBS is treated", or after a lead-in such as
 * "We use plasma exchange for:", paired with what the heading or lead-in names. An item that negates
 * ("Steroids (not recommended)") is left alone. Reports the findings of one block's items, relative to
 * the block, and returns the state after it.
 */
export function listClaims(state: ListState, steps: readonly ListStep[], terms: TermIndex, report: Report): ListState {
  return listStep(state, steps, (first, names) => {
    // The names from the heading stand at the item, so the finding lands on the list item.
    reportPairs([first, ...names.map((e) => stand(e, first))], terms, report);
  });
}

/** Whether two list states pair every later item alike. */
export function sameListState(a: ListState, b: ListState): boolean {
  return a === b || (sameContext(a.heading, b.heading) && a.heading?.depth === b.heading?.depth && sameContext(a.leadIn, b.leadIn));
}

function sameContext(a: ListContext | undefined, b: ListContext | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.side === b.side && a.names.length === b.names.length && a.names.every((e, i) => e === b.names[i]));
}

/** One block's steps of the list pass: calls `pair` for each item a heading or lead-in turns into a claim; the state after the block. */
function listStep(state: ListState, steps: readonly ListStep[], pair: (first: Mention, names: Entry[], end: number) => void): ListState {
  let { heading, leadIn } = state;
  for (const step of steps) {
    if (step.kind === 'heading') {
      if (heading && step.depth <= heading.depth) heading = undefined;
      if (step.context) heading = { ...step.context, depth: step.depth };
      leadIn = undefined;
      continue;
    }
    if (step.kind === 'paragraph') {
      leadIn = step.leadIn;
      continue;
    }
    const active = leadIn ?? heading;
    if (active && step.side !== active.side) pair(step.first, active.names, step.end);
  }
  return heading === state.heading && leadIn === state.leadIn ? state : { heading, leadIn };
}

/**
 * Every list item that a heading ("## How GBS is treated") or lead-in ("We use plasma exchange
 * for:") turns into a treatment claim, with the names it is paired with: the claims inventory's view.
 */
export function listPairs(doc: DocumentInput, terms: TermIndex): ListPair[] {
  const out: ListPair[] = [];
  let state = NO_LIST;
  doc.blocks.forEach(({ start, block }, i) => {
    state = listStep(state, listSteps(block, terms), (first, names, end) => out.push({ start, block: i, first, names, end }));
  });
  return out;
}

/** What one block contributes to the list pass (part of treatment-claim's summary of the chunk). */
export function listSteps(block: Block, terms: TermIndex): ListStep[] {
  const steps: ListStep[] = [];
  for (const unit of block.units) {
    const text = block.masked.slice(unit.start, unit.end);
    if (unit.kind === 'heading') {
      steps.push({ kind: 'heading', depth: unit.depth, context: contextOf(block, unit.start, unit.end, text, ENDORSE, terms) });
      continue;
    }
    if (!unit.inList) {
      const leadIn = text.trimEnd().endsWith(':') ? contextOf(block, unit.start, unit.end, text, LEAD_IN_ENDORSE, terms) : undefined;
      const last = steps[steps.length - 1];
      // Paragraphs in a row that open no list leave the same state as one.
      if (leadIn || last?.kind !== 'paragraph' || last.leadIn) steps.push({ kind: 'paragraph', leadIn });
      continue;
    }
    if (NEGATE.test(text)) continue;
    const first = block.mentionsIn(unit.start, unit.end)[0];
    if (!first || block.masked.slice(unit.start, first.offset).trim() !== '') continue;
    const kind = terms.get(first.termId)?.kind;
    const side = kind === 'treatment' ? 'treatment' : kind !== undefined && DISEASE_KINDS.has(kind) ? 'disease' : undefined;
    if (side) steps.push({ kind: 'item', first, side, end: unit.end });
  }
  return steps;
}

function contextOf(block: Block, from: number, to: number, text: string, endorse: RegExp, terms: TermIndex): ListContext | undefined {
  if (NEGATE.test(text) || !endorse.test(text) || asksQuestion(text)) return undefined;
  const entries = block.mentionsIn(from, to).map((m) => terms.get(m.termId)).filter((e): e is Entry => e !== undefined);
  const diseases = entries.filter((e) => DISEASE_KINDS.has(e.kind));
  const treatments = entries.filter((e) => e.kind === 'treatment');
  // A heading that names both is a claim of its own, judged as a sentence.
  if (diseases.length > 0 && treatments.length === 0) return { names: [...new Set(diseases)], side: 'disease' };
  if (treatments.length > 0 && diseases.length === 0) return { names: [...new Set(treatments)], side: 'treatment' };
  return undefined;
}

function stand(entry: Entry, at: Mention): Mention {
  return { ...at, termId: entry.id, form: 'preferred', surface: entry.preferred };
}
