import { LONG_SENTENCE_WORDS, MIN_WORDS, measureChunk } from './readability/measure';
import { summarize } from './readability/report';
import type { DocumentRule } from './rule';

/**
 * Patient audience only: the document's and each section's Flesch-Kincaid grade above
 * `readabilityTarget` (SMOG reported alongside), and sentences over `LONG_SENTENCE_WORDS` words.
 * Formulas measure only word and sentence length, so these are info, never errors.
 */
export const readability: DocumentRule = {
  id: 'readability',
  category: 'readability',
  defaultSeverity: 'info',
  summary: `Patient audience: reports a reading grade above the target (Flesch-Kincaid and SMOG) and sentences over ${LONG_SENTENCE_WORDS} words.`,
  scope: 'document',
  check(doc, env, report) {
    if (env.settings.audience !== 'patient') return;
    const target = env.settings.readabilityTarget;
    const chunks = doc.blocks.map(({ start, block }) => ({ start, masked: block.masked, measure: measureChunk(block) }));
    const summary = summarize(chunks);
    const grade = (g: { fleschKincaid: number; smog: number }) => `grade ${g.fleschKincaid} (Flesch-Kincaid; SMOG ${g.smog})`;

    const firstBlock = doc.blocks.find(({ block }) => block.units.length > 0);
    const firstUnit = firstBlock?.block.units[0];
    const first = firstBlock && firstUnit ? { start: firstBlock.start + firstUnit.start, end: firstBlock.start + firstUnit.end } : undefined;
    if (first && summary.words >= MIN_WORDS && summary.fleschKincaid > target) {
      const lineEnd = doc.text.indexOf('\n', first.start);
      const endOffset = lineEnd === -1 || lineEnd > first.end ? first.end : lineEnd;
      report({
        message:
          `The document reads at ${grade(summary)}, above the target of ${target}; ` +
          'shorter sentences and everyday words bring it down.',
        offset: first.start,
        endOffset,
        actual: doc.text.slice(first.start, endOffset),
        termId: null,
        fixes: [],
      });
    }
    if (summary.sections.length > 1) {
      for (const section of summary.sections) {
        if (section.words < MIN_WORDS || section.fleschKincaid <= target) continue;
        report({
          message: `This section reads at ${grade(section)}, above the target of ${target}.`,
          offset: section.offset,
          endOffset: section.endOffset,
          actual: doc.text.slice(section.offset, section.endOffset),
          termId: null,
          fixes: [],
        });
      }
    }
    for (const { start, measure } of chunks) {
      for (const long of measure.long) {
        report({
          message:
            `This sentence has ${long.words} words; ` +
            `sentences over ${LONG_SENTENCE_WORDS} words are hard to follow, so consider splitting it.`,
          offset: start + long.start,
          endOffset: start + long.end,
          actual: doc.text.slice(start + long.start, start + long.end),
          termId: null,
          fixes: [],
        });
      }
    }
  },
};
