import type { TermIndex } from '../../terminology/term-index';
import type { Block } from '../rule';
import type { Span } from '../../text/sentences';
import { WORD_PATTERN } from '../../text/normalize';
import { countSyllables, fleschKincaidGrade, spanStats } from '../../text/readability';
import { LONG_SENTENCE_WORDS, paragraphPieces } from './measure';

/** Shorter sentences are left alone: a grade from a handful of words says little. */
export const HARD_MIN_WORDS = 12;
/** Words of three or more syllables, not counting medical names, that a very hard sentence has at least. */
export const HARD_MIN_LONG_WORDS = 6;
/** The sentence's own Flesch-Kincaid grade at least this (college graduate level). */
export const HARD_MIN_GRADE = 16;

/** A very hard sentence: where it is, its grade and word count, and its long words in order. */
export interface HardSentence extends Span {
  words: number;
  grade: number;
  longWords: string[];
}

/**
 * Sentences of one chunk's paragraphs that are very hard to read although not long: between
 * `HARD_MIN_WORDS` and `LONG_SENTENCE_WORDS` words (longer ones are already reported as long), a
 * Flesch-Kincaid grade of `HARD_MIN_GRADE` or more, and at least `HARD_MIN_LONG_WORDS` long words
 * besides the names the terminology knows (a writer cannot swap "Guillain-Barré syndrome" for a
 * shorter word). Quoted paragraphs are someone else's words. Offsets are chunk-relative.
 */
export function hardSentences(block: Block, terms: TermIndex): HardSentence[] {
  const out: HardSentence[] = [];
  // A plain-text title or a list written as lines is not part of the sentence after it.
  for (const sentence of paragraphPieces(block, terms)) {
    const stats = spanStats(block, sentence.start, sentence.end);
    if (stats.words < HARD_MIN_WORDS || stats.words > LONG_SENTENCE_WORDS) continue;
    const grade = fleschKincaidGrade(stats);
    if (grade < HARD_MIN_GRADE) continue;
    const longWords = longWordsOutsideNames(block, sentence);
    if (longWords.length < HARD_MIN_LONG_WORDS) continue;
    out.push({ ...sentence, words: stats.words, grade: Math.round(grade), longWords });
  }
  return out;
}

function longWordsOutsideNames(block: Block, sentence: Span): string[] {
  const names = block.mentionsIn(sentence.start, sentence.end);
  const out: string[] = [];
  for (const m of block.masked.slice(sentence.start, sentence.end).matchAll(WORD_PATTERN)) {
    const at = sentence.start + (m.index ?? 0);
    if (!/\p{L}/u.test(m[0]) || countSyllables(m[0]) < 3) continue;
    if (names.some((n) => at >= n.offset && at < n.endOffset)) continue;
    out.push(m[0]);
  }
  return out;
}
