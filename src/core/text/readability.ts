import { WORD_PATTERN } from './normalize';
import { splitSentences } from './sentences';
import { wordMemo } from './word-memo';

/** Counts that readability formulas need; additive, so chunk results can be summed. */
export interface TextStats {
  sentences: number;
  words: number;
  syllables: number;
  /** Words of three or more syllables (SMOG). */
  polysyllables: number;
}

export const EMPTY_STATS: TextStats = { sentences: 0, words: 0, syllables: 0, polysyllables: 0 };

/** Estimated English syllables in one word (vowel groups, silent final e). At least 1 for any word. */
export function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

/** Syllables of a word with a letter, 0 for one without (a number): counted once per distinct word. */
const letterSyllables = wordMemo((word) => (/\p{L}/u.test(word) ? countSyllables(word) : 0));

/** Stats of the prose in `text` between `from` and `to`. Never throws. */
export function textStats(text: string, from = 0, to = text.length): TextStats {
  const stats = { ...EMPTY_STATS };
  for (const sentence of splitSentences(text, from, to)) {
    const words = text.slice(sentence.start, sentence.end).match(WORD_PATTERN);
    if (!words) continue;
    stats.sentences++;
    for (const word of words) {
      const syllables = letterSyllables(word);
      if (syllables === 0) continue;
      stats.words++;
      stats.syllables += syllables;
      if (syllables >= 3) stats.polysyllables++;
    }
  }
  return stats;
}

/**
 * `textStats` of one span of a chunk's text, kept with the chunk (keyed by its `units` array, which lives as long as the
 * chunk's analysis): readability's measure, its hard-sentence check and passive-voice all count the same sentences.
 */
export function spanStats(chunk: { masked: string; units: object }, from: number, to: number): TextStats {
  let kept = KEPT_STATS.get(chunk.units);
  if (!kept) KEPT_STATS.set(chunk.units, (kept = new Map()));
  const key = `${from}:${to}`;
  let stats = kept.get(key);
  if (!stats) kept.set(key, (stats = textStats(chunk.masked, from, to)));
  return stats;
}
const KEPT_STATS = new WeakMap<object, Map<string, TextStats>>();

export function addStats(a: TextStats, b: TextStats): TextStats {
  return {
    sentences: a.sentences + b.sentences,
    words: a.words + b.words,
    syllables: a.syllables + b.syllables,
    polysyllables: a.polysyllables + b.polysyllables,
  };
}

/** Flesch-Kincaid grade level; 0 for text without words. */
export function fleschKincaidGrade(input: string | TextStats): number {
  const s = typeof input === 'string' ? textStats(input) : input;
  if (s.words === 0 || s.sentences === 0) return 0;
  return 0.39 * (s.words / s.sentences) + 11.8 * (s.syllables / s.words) - 15.59;
}

/** SMOG grade (McLaughlin 1969); meaningful from about 30 sentences, reported for shorter text too. */
export function smogGrade(input: string | TextStats): number {
  const s = typeof input === 'string' ? textStats(input) : input;
  if (s.sentences === 0) return 0;
  return 1.043 * Math.sqrt(s.polysyllables * (30 / s.sentences)) + 3.1291;
}
