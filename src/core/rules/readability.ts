import { EMPTY_STATS, type TextStats } from '../text/readability';
import { hardSentences } from './readability/hard-sentences';
import { LONG_SENTENCE_WORDS, MIN_WORDS, gradesOf, measureChunk, type ChunkMeasure, type Grades } from './readability/measure';
import type { RawFinding } from '../types';
import type { ChunkFold, DocumentRule, FoldReport } from './rule';

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
    for (const hard of hardSentences(block, env.terms)) {
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
  fold: {
    tally: (measure) => {
      const sum = { ...EMPTY_STATS };
      let headings = 0;
      for (const part of measure.parts) {
        addInto(sum, part.stats);
        if (part.heading) headings++;
      }
      return [['sentences', sum.sentences], ['words', sum.words], ['syllables', sum.syllables], ['polysyllables', sum.polysyllables], ['headings', headings]];
    },
    start(env, totals): Reading {
      const document = gradesOf({ sentences: totals.get('sentences'), words: totals.get('words'), syllables: totals.get('syllables'), polysyllables: totals.get('polysyllables') });
      const hard = env.settings.audience === 'patient' && document.words >= MIN_WORDS && document.fleschKincaid > env.settings.readabilityTarget;
      return { document: hard ? { fleschKincaid: document.fleschKincaid, smog: document.smog } : undefined, started: false, sections: totals.get('headings') > 1, open: undefined };
    },
    step(state, { block, summary }, env, report) {
      if (env.settings.audience !== 'patient') return state;
      const target = env.settings.readabilityTarget;
      const firstUnit = state.started ? undefined : block.units[0];
      // Findings about the whole document or a section are empty ranges where it starts: underlining the
      // title or a heading would say that those words are hard to read.
      if (firstUnit && state.document) {
        report(gradeFinding(firstUnit.start, `The document reads at ${grade(state.document)}, above the target of ${target}; shorter sentences and everyday words bring it down.`));
      }
      let open = state.open;
      for (const part of summary.parts) {
        if (part.heading) {
          if (open && state.sections) reportSection(open, target, open.back, report);
          open = { back: 0, offset: part.heading.start, stats: part.stats };
        } else if (open && (part.stats.words > 0 || part.stats.sentences > 0)) {
          open = { ...open, stats: added(open.stats, part.stats) };
        }
      }
      // The open section goes on into the next chunk, where its heading is one chunk further back.
      if (open) open = { ...open, back: open.back + 1 };
      // Once reported, the document's grade no longer matters to the chunks after.
      const started = state.started || firstUnit !== undefined;
      return started === state.started && open === state.open ? state : { ...state, document: started ? undefined : state.document, started, open };
    },
    // The last section ends with the document.
    finish(state, env, report) {
      if (env.settings.audience === 'patient' && state.open && state.sections) reportSection(state.open, env.settings.readabilityTarget, state.open.back, report);
    },
    same: (a, b) => a.started === b.started && a.sections === b.sections && a.document?.fleschKincaid === b.document?.fleschKincaid && a.document?.smog === b.document?.smog && sameSection(a.open, b.open),
  } satisfies ChunkFold<ChunkMeasure, Reading>,
};

/** Where the pass over the chunks stands. */
interface Reading {
  /** The document's grade when it is above the target, until the first chunk with prose reports it. */
  document: Pick<Grades, 'fleschKincaid' | 'smog'> | undefined;
  started: boolean;
  /** The document has more than one heading, so sections are graded. */
  sections: boolean;
  /** The section read so far: its heading's offset in its chunk, `back` chunks before the next one, and its counts. */
  open: { back: number; offset: number; stats: TextStats } | undefined;
}

function sameSection(a: Reading['open'], b: Reading['open']): boolean {
  return a === b || (a !== undefined && b !== undefined && a.back === b.back && a.offset === b.offset && sameStats(a.stats, b.stats));
}

function sameStats(a: TextStats, b: TextStats): boolean {
  return a.sentences === b.sentences && a.words === b.words && a.syllables === b.syllables && a.polysyllables === b.polysyllables;
}

const grade = (g: { fleschKincaid: number; smog: number }) => `grade ${g.fleschKincaid} (Flesch-Kincaid; SMOG ${g.smog})`;

function gradeFinding(offset: number, message: string): RawFinding {
  return { message, offset, endOffset: offset, actual: '', termId: null, fixes: [] };
}

/** A section long enough to grade and above the target, reported at its heading, `back` chunks before. */
function reportSection(section: NonNullable<Reading['open']>, target: number, back: number, report: FoldReport): void {
  if (section.stats.words < MIN_WORDS) return;
  const grades = gradesOf(section.stats);
  if (grades.fleschKincaid > target) report(gradeFinding(section.offset, `This section reads at ${grade(grades)}, above the target of ${target}.`), back);
}

function added(a: TextStats, b: TextStats): TextStats {
  const sum = { ...a };
  addInto(sum, b);
  return sum;
}

function addInto(sum: TextStats, stats: TextStats): void {
  sum.sentences += stats.sentences;
  sum.words += stats.words;
  sum.syllables += stats.syllables;
  sum.polysyllables += stats.polysyllables;
}
