import { blockMemo } from '../rules/claims/block-memo';
import type { Block } from '../rules/rule';
import type { TermIndex } from '../terminology/term-index';
import type { Entry } from '../terminology/types';
import type { Span } from '../text/sentences';
import { contextOf, findTriggers } from './context';
import { REPAIR_PROMISE, TREATMENT_PREDICATES, UNNAMED_EVIDENCE } from './predicates';

/**
 * A promise made for a treatment outside mainstream care (an entry with an `approach`): repair or
 * cure ("regenerates damaged nerves", "treats the root cause"), or benefit backed by unnamed
 * evidence ("studies show chiropractic care relieves neuropathy"). Chunk-relative offsets.
 */
export interface RemedyPromise {
  remedy: Entry;
  /** The promise words as written. */
  text: string;
  offset: number;
  endOffset: number;
  /** The promise is benefit backed by unnamed studies, not a promise of repair. */
  unnamedEvidence: boolean;
  sentence: Span;
}

/** A sentence that goes on about what the one before named: "These medicines...", "This treatment...". */
const REFERS_BACK = /^\W*(?:this|these|it|they|such)\b/i;
/** A time clause the promise word sits in: "while the nerves heal", "until they recover". */
const WHILE_CLAUSE = /\b(?:while|whilst|until|till|once|after|before|when|as soon as)\b/i;
const BENEFIT = TREATMENT_PREDICATES.find((p) => p.predicate === 'works')!.cue;
const BENEFIT_OR_SUCCESS = new RegExp(`${BENEFIT.source}|\\bsuccess`, 'i');

/** `readPromises` of a whole block, kept while the engine keeps the block. */
export const blockPromises = blockMemo((block, terms) => readPromises(block, terms));

/**
 * Every promise in `block` made for a treatment with an `approach`, named in the sentence or, when
 * the sentence refers back ("These medicines help..."), earlier in the same paragraph. A promise
 * that is denied, hedged, reported, a question, or about research is not the writer's and is
 * skipped, as is a paragraph naming a condition the treatment is standard care for.
 */
export function readPromises(block: Block, terms: TermIndex): RemedyPromise[] {
  const out: RemedyPromise[] = [];
  for (const unit of block.units) {
    const inUnit = block.mentionsIn(unit.start, unit.end).map((m) => m.termId);
    let earlier: Entry | undefined;
    for (const sentence of block.sentences(unit)) {
      const text = block.masked.slice(sentence.start, sentence.end);
      const named = block.mentionsIn(sentence.start, sentence.end).map((m) => terms.get(m.termId)).filter((e) => e?.approach);
      const remedy = named[0] ?? (REFERS_BACK.test(text) ? earlier : undefined);
      if (named.length > 0) earlier = named[named.length - 1];
      if (!remedy || text.trimEnd().endsWith('?')) continue;
      if (inUnit.some((id) => remedy.approach!.standardFor?.includes(id))) continue;
      out.push(...promisesIn(block, sentence, remedy));
    }
  }
  return out;
}

/** The first promise in `sentence` that is the writer's own, if any. */
function promisesIn(block: Block, sentence: Span, remedy: Entry): RemedyPromise[] {
  const text = block.masked.slice(sentence.start, sentence.end);
  const triggers = findTriggers(block.masked, sentence);
  const evidence = new RegExp(UNNAMED_EVIDENCE, 'i').exec(text);
  // `claim` is where the promise is judged (negated, hedged...); the finding marks `start`..`end`.
  const found: Array<{ start: number; end: number; claim: number; unnamedEvidence: boolean }> = [];
  for (const m of text.matchAll(REPAIR_PROMISE)) found.push({ start: m.index, end: m.index + m[0].length, claim: m.index, unnamedEvidence: false });
  const benefit = evidence ? BENEFIT_OR_SUCCESS.exec(text.slice(evidence.index)) : null;
  if (found.length === 0 && evidence && benefit) {
    found.push({ start: evidence.index, end: evidence.index + evidence[0].length, claim: evidence.index + benefit.index, unnamedEvidence: true });
  }
  // One finding a sentence: "regenerate fibres and heal nerves" is one promise, not two.
  for (const f of found) {
    const span = { start: sentence.start + f.start, end: sentence.start + f.end };
    const context = contextOf(triggers, { start: sentence.start + f.claim, end: Math.max(span.end, sentence.start + f.claim + 1) });
    // Research described as research is not a promise, unless the sentence says it proved something.
    const studied = context.timing !== undefined && !evidence;
    if (context.negated || context.certainty === 'hedged' || context.attribution !== 'writer' || studied) continue;
    // "...eases tight muscles while the nerves heal": the healing is time passing, not the treatment's doing.
    if (!f.unnamedEvidence && WHILE_CLAUSE.test(text.slice(0, f.start).split(/[,;:]/).pop() ?? '')) continue;
    return [{ remedy, text: block.text.slice(span.start, span.end), offset: span.start, endOffset: span.end, unnamedEvidence: f.unnamedEvidence, sentence }];
  }
  return [];
}
