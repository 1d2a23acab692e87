import { EMPTY_STATS, type TextStats } from '../text/readability';
import { hardSentences } from './readability/hard-sentences';
import { LONG_SENTENCE_WORDS, MIN_WORDS, gradesOf, measureChunk, type ChunkMeasure } from './readability/measure';
import type { DocumentInput, DocumentRule } from './rule';

/** What other audiences' chunks summarize to: nothing to measure. */
const UNMEASURED: ChunkMeasure = { parts: [], long: [] };

/**
 * Patient audience only: the document's and each section's Flesch-Kincaid grade above
 * `readabilityTarget` (SMOG reported alongside), sentences over `LONG_SENTENCE_WORDS` words, and
 * (as hints) shorter sentences that are very hard to read. Formulas measure only word and sentence
 * length, so these are info or hints, never errors.
 */
export const readability: DocumentRule<ChunkMeasure> = {
  id: 'readability',
  category: 'readability',
  defaultSeverity: 'info',
  summary: `Patient audience: reports a reading grade above the target (Flesch-Kincaid and SMOG), sentences over ${LONG_SENTENCE_WORDS} words, and very hard shorter sentences (hint).`,
  scope: 'document',
  summarize: (block, env) => (env.settings.audience === 'patient' ? measureChunk(block) : UNMEASURED),
  // Long sentences depend on their chunk alone, so the engine caches them with the chunk.
  checkBlock(block, env, report, summary) {
    if (env.settings.audience !== 'patient') return;
    for (const long of (summary ?? measureChunk(block)).long) {
      report({
        message:
          `This sentence has ${long.words} words; ` +
          `sentences over ${LONG_SENTENCE_WORDS} words are hard to follow, so consider splitting it.`,
        offset: long.start,
        endOffset: long.end,
        actual: block.text.slice(long.start, long.end),
        termId: null,
        fixes: [],
      });
    }
    for (const hard of hardSentences(block)) {
      const examples = hard.longWords.slice(0, 3).map((w) => `"${w}"`).join(', ');
      report({
        severity: 'hint',
        message:
          `This sentence is very hard to read (about grade ${hard.grade}): ${hard.longWords.length} of its ${hard.words} words ` +
          `have three or more syllables besides medical names, such as ${examples}; everyday words make it easier.`,
        offset: hard.start,
        endOffset: hard.end,
        actual: block.text.slice(hard.start, hard.end),
        termId: null,
        fixes: [],
      });
    }
  },
  check(doc, env, report, summaries) {
    if (env.settings.audience !== 'patient') return;
    const target = env.settings.readabilityTarget;
    const { total, sections } = sectionStats(doc, summaries);
    const summary = gradesOf(total);
    const grade = (g: { fleschKincaid: number; smog: number }) => `grade ${g.fleschKincaid} (Flesch-Kincaid; SMOG ${g.smog})`;

    const firstBlock = doc.blocks.findIndex(({ block }) => block.units.length > 0);
    const firstUnit = doc.blocks[firstBlock]?.block.units[0];
    // Findings about the whole document or a section are empty ranges where it starts: underlining the
    // title or a heading would say that those words are hard to read.
    if (firstUnit && summary.words >= MIN_WORDS && summary.fleschKincaid > target) {
      report(
        {
          message:
            `The document reads at ${grade(summary)}, above the target of ${target}; ` +
            'shorter sentences and everyday words bring it down.',
          offset: firstUnit.start,
          endOffset: firstUnit.start,
          actual: '',
          termId: null,
          fixes: [],
        },
        firstBlock,
      );
    }
    if (sections.length > 1) {
      for (const section of sections) {
        // Grades only for sections long enough to report: a keystroke re-runs this over every section.
        if (section.stats.words < MIN_WORDS) continue;
        const grades = gradesOf(section.stats);
        if (grades.fleschKincaid <= target) continue;
        report(
          {
            message: `This section reads at ${grade(grades)}, above the target of ${target}.`,
            offset: section.offset,
            endOffset: section.offset,
            actual: '',
            termId: null,
            fixes: [],
          },
          section.block,
        );
      }
    }
  },
};

/**
 * The document's counts and each heading's section counts (heading offsets relative to its block),
 * added up from the cached chunk measures; the same sums as `summarize`, without titles or grades.
 */
function sectionStats(doc: DocumentInput, measures: readonly ChunkMeasure[]): { total: TextStats; sections: Array<{ block: number; offset: number; stats: TextStats }> } {
  // Sums kept in place: a keystroke adds up every part of the document again, and a new object per part was most of that.
  const total = { ...EMPTY_STATS };
  const sections: Array<{ block: number; offset: number; stats: TextStats }> = [];
  let last: TextStats | undefined;
  for (let i = 0; i < doc.blocks.length; i++) {
    for (const part of measures[i]!.parts) {
      const counted = part.stats.words > 0 || part.stats.sentences > 0;
      if (counted) addInto(total, part.stats);
      if (part.heading) {
        last = { ...part.stats };
        sections.push({ block: i, offset: part.heading.start, stats: last });
      } else if (last && counted) addInto(last, part.stats);
    }
  }
  return { total, sections };
}

function addInto(sum: TextStats, stats: TextStats): void {
  sum.sentences += stats.sentences;
  sum.words += stats.words;
  sum.syllables += stats.syllables;
  sum.polysyllables += stats.polysyllables;
}
