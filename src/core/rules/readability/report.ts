import { documentChunks } from '../../analyse-block';
import { extractProse, plainProse, type ProseUnit } from '../../markdown/prose';
import { EMPTY_STATS, addStats, type TextStats } from '../../text/readability';
import { splitSentences } from '../../text/sentences';
import { gradesOf, measureChunk, type ChunkMeasure, type Grades, type MeasurableProse } from './measure';

/** One heading's section: its title, where the heading is, and the grades of its paragraphs. */
export interface SectionReadability extends Grades {
  title: string;
  /** Absolute offsets of the heading (0-based, UTF-16). */
  offset: number;
  endOffset: number;
}

export interface ReadabilityReport extends Grades {
  /** Sentences longer than `LONG_SENTENCE_WORDS`. */
  longSentences: number;
  sections: SectionReadability[];
}

/** Chunks with their measures and absolute start, in document order. */
export interface MeasuredChunk {
  start: number;
  masked: string;
  measure: ChunkMeasure;
}

/** Adds up chunk measures into document and section grades. Sections run from one heading to the next. */
export function summarize(chunks: readonly MeasuredChunk[]): ReadabilityReport {
  let total: TextStats = EMPTY_STATS;
  let longSentences = 0;
  const sections: Array<{ heading: ProseUnit; start: number; masked: string; stats: TextStats }> = [];
  for (const { start, masked, measure } of chunks) {
    longSentences += measure.long.length;
    for (const part of measure.parts) {
      total = addStats(total, part.stats);
      if (part.heading) sections.push({ heading: part.heading, start, masked, stats: part.stats });
      else if (sections.length > 0) sections[sections.length - 1]!.stats = addStats(sections[sections.length - 1]!.stats, part.stats);
    }
  }
  return {
    ...gradesOf(total),
    longSentences,
    sections: sections.map(({ heading, start, masked, stats }) => ({
      title: masked.slice(heading.start, heading.end).trim(),
      offset: start + heading.start,
      endOffset: start + heading.end,
      ...gradesOf(stats),
    })),
  };
}

/**
 * The same grades from chunks already analysed (`analyseDocument`), so a page that reads the document
 * for other tables does not parse it again. `start` is each chunk's absolute offset.
 */
export function blocksReadability(blocks: ReadonlyArray<{ start: number; block: MeasurableProse }>): ReadabilityReport {
  return summarize(blocks.map(({ start, block }) => ({ start, masked: block.masked, measure: measureChunk(block) })));
}

/**
 * Flesch-Kincaid and SMOG grades of a whole document and of each heading's section, for the
 * extension's readability report. Counts paragraphs and list items only (not headings, tables or
 * code). Pure and linear in the text length; never throws.
 */
export function documentReadability(text: string, format: 'markdown' | 'text' = 'markdown'): ReadabilityReport {
  const chunks = documentChunks(text, format);
  const measured: MeasuredChunk[] = [];
  for (const chunk of chunks) {
    if (chunk.frontMatter) continue;
    const prose = format === 'text' ? plainProse(chunk.text) : extractProse(chunk.text);
    const measure = measureChunk({ ...prose, sentences: (unit) => splitSentences(prose.masked, unit.start, unit.end) });
    measured.push({ start: chunk.start, masked: prose.masked, measure });
  }
  return summarize(measured);
}
