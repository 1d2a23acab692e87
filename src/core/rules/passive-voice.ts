import { findPassives } from '../text/passive';
import { spanStats } from '../text/readability';
import { paragraphPieces } from './readability/measure';
import type { BlockRule } from './rule';

/**
 * Passive voice is often right in medical writing ("most people are treated in hospital"), so a
 * passive is reported only where it adds to a real difficulty: a sentence of at least this many words.
 */
export const PASSIVE_SENTENCE_WORDS = 20;

/**
 * Patient audience only: a passive that does not say who acts ("is often treated", no "by ..."), in
 * a sentence of at least `PASSIVE_SENTENCE_WORDS` words, as a hint. Quoted paragraphs are the
 * speaker's own words and are left alone; so are headings and table cells.
 */
export const passiveVoice: BlockRule = {
  id: 'passive-voice',
  category: 'readability',
  defaultSeverity: 'hint',
  summary: `Patient audience: a hint on passive voice that hides who acts, in sentences of ${PASSIVE_SENTENCE_WORDS} words or more.`,
  scope: 'block',
  check(block, env, report) {
    if (env.settings.audience !== 'patient') return;
    // A plain-text title or a list written as lines is not part of the sentence after it.
    for (const sentence of paragraphPieces(block, env.terms)) {
      // The count first: it is kept per sentence (readability's hard-sentence check counts the same pieces),
      // and most sentences are too short to look for passives in.
      const words = spanStats(block, sentence.start, sentence.end).words;
      if (words < PASSIVE_SENTENCE_WORDS) continue;
      const passives = findPassives(block.masked, sentence.start, sentence.end).filter((p) => !p.agent);
      if (passives.length === 0) continue;
      for (const passive of passives) {
        const actual = block.text.slice(passive.start, passive.end);
        report({
          message:
            `Passive voice hides who acts: "${actual}" does not say who does it. ` +
            `In a sentence of ${words} words that is harder to follow; consider naming who does it, or splitting the sentence.`,
          offset: passive.start,
          endOffset: passive.end,
          actual,
          termId: null,
          fixes: [],
        });
      }
    }
  },
};
