import type { ProseUnit } from '../../markdown/prose';
import type { Mention } from '../../matcher';
import type { Span } from '../../text/sentences';
import type { Block } from '../rule';

/** One sentence of a block with the term mentions inside it. Offsets are chunk-relative. */
export interface SentenceMentions {
  unit: ProseUnit;
  span: Span;
  mentions: Mention[];
  /** For `sentencesAbout`: the last kept mention in the paragraph before this sentence. */
  previous?: Mention;
}

/**
 * Every sentence of `block` that holds at least one mention accepted by `keep`, with those
 * mentions. One forward pass over the block's sorted mentions, so it stays linear in a long chunk;
 * sentences without a relevant mention are skipped before any pattern runs.
 */
export function sentencesWithMentions(block: Block, keep: (m: Mention) => boolean): SentenceMentions[] {
  const out: SentenceMentions[] = [];
  const mentions = block.mentions;
  let i = 0;
  for (const unit of block.units) {
    while (i < mentions.length && mentions[i]!.offset < unit.start) i++;
    if (i >= mentions.length) break;
    if (mentions[i]!.offset >= unit.end) continue;
    if (!hasRelevant(mentions, i, unit.end, keep)) continue;
    for (const span of block.sentences(unit)) {
      while (i < mentions.length && mentions[i]!.offset < span.start) i++;
      const inside: Mention[] = [];
      for (let j = i; j < mentions.length && mentions[j]!.offset < span.end; j++) {
        if (keep(mentions[j]!)) inside.push(mentions[j]!);
      }
      if (inside.length > 0) out.push({ unit, span, mentions: inside });
    }
  }
  return out;
}

function hasRelevant(mentions: readonly Mention[], from: number, end: number, keep: (m: Mention) => boolean): boolean {
  for (let j = from; j < mentions.length && mentions[j]!.offset < end; j++) if (keep(mentions[j]!)) return true;
  return false;
}

/** The nouns that, after "the" or "this", stand for a disease named before ("the disorder", "this syndrome"). */
export const STAND_IN_NOUNS = '(?:disorder|disease|condition|illness|syndrome)';
/** A sentence that names no disease but refers back to the one named before it in the paragraph. */
// "This is a progressive disease", "This autoimmune condition is not life-threatening".
const REFERS_BACK = new RegExp(`\\b(?:it|(?:the|this) (?:[\\w-]+ )?${STAND_IN_NOUNS})\\b|^\\W*this\\s+(?:is|was)\\b`, 'i');

/**
 * Every sentence of `block` about a disease: those that name one (`keep` says which mentions count),
 * and those that name none but refer back ("it", "the disorder") to the last one named earlier in the
 * same paragraph, which then stands as their mention. With `isCondition`, a paragraph that names no
 * condition but the heading's is read as being about the condition its section heading names ("## GBS" then
 * "Paralysis starts in the feet..."), when that heading is in the same block, and a paragraph that names
 * one condition only is about it in its sentences after the first name. Paragraphs without
 * such a mention are skipped.
 */
export function sentencesAbout(
  block: Block,
  keep: (m: Mention) => boolean,
  isCondition?: (m: Mention) => boolean,
  isDisease?: (m: Mention) => boolean,
): SentenceMentions[] {
  const out: SentenceMentions[] = [];
  // Every sentence kept stands on a kept mention (its own, the paragraph's or the heading's): most rules keep few
  // mentions, so most blocks end here, before any per-paragraph work.
  if (!block.mentions.some(keep)) return out;
  let heading: Mention | undefined;
  for (const unit of block.units) {
    const inUnit = block.mentionsIn(unit.start, unit.end);
    // `heading` is only ever set with `isCondition`: it is the heading's kept mention when the heading names one condition.
    if (unit.kind === 'heading') heading = isCondition && oneTermId(inUnit, isCondition) ? inUnit.find(keep) : undefined;
    // The paragraph names no condition but the heading's, so its sentences without a name are about that one.
    const underHeading = unit.kind !== 'heading' && heading !== undefined && inUnit.every((m) => m.termId === heading!.termId || !isCondition!(m));
    if (!underHeading && !inUnit.some(keep)) continue;
    let previous: Mention | undefined = underHeading ? heading : undefined;
    // A paragraph about one condition: its sentences that name none go on about it ("CIDP ... The key feature is...").
    // "Neuropathy" named beside one disease ("GBS is a polyneuropathy") is its kind, not a second topic.
    const oneTopic = underHeading || (isCondition !== undefined && oneTermId(inUnit, isCondition)) || (isDisease !== undefined && oneTermId(inUnit, isDisease));
    // Conditions named so far in the paragraph: while they are one, a sentence naming none goes on about it
    // ("GBS is ... Symptoms include ..."), though the paragraph names another later ("Other complications include Reiter's syndrome").
    const soFar = new Set<string>(underHeading && heading ? [heading.termId] : []);
    for (const span of block.sentences(unit)) {
      const inSpan = block.mentionsIn(span.start, span.end);
      const named = inSpan.filter(keep);
      const oneSoFar = isCondition !== undefined && soFar.size === 1 && previous !== undefined && soFar.has(previous.termId);
      const mentions = named.length > 0 ? named : previous && (oneTopic || oneSoFar || REFERS_BACK.test(block.masked.slice(span.start, span.end))) ? [previous] : [];
      if (mentions.length > 0) out.push({ unit, span, mentions, ...(previous ? { previous } : {}) });
      if (named.length > 0) previous = named[named.length - 1];
      if (isCondition) for (const m of inSpan) if (isCondition(m)) soFar.add(m.termId);
    }
  }
  return out;
}

/** Whether the mentions that pass `test` name exactly one entry (the size-one set of their ids, without the set). */
function oneTermId(mentions: readonly Mention[], test: (m: Mention) => boolean): boolean {
  let id: string | undefined;
  for (const m of mentions) {
    if (!test(m)) continue;
    if (id === undefined) id = m.termId;
    else if (m.termId !== id) return false;
  }
  return id !== undefined;
}

/** True when `pattern` (without the `g` flag) matches `text` between `start` and `end`. */
export function cueIn(pattern: RegExp, text: string, start: number, end: number): boolean {
  return pattern.test(text.slice(Math.max(0, start), Math.max(start, end)));
}
