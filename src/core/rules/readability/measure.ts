import type { ProseUnit } from '../../markdown/prose';
import { EMPTY_STATS, addStats, fleschKincaidGrade, smogGrade, spanStats, textStats, type TextStats } from '../../text/readability';
import type { Span } from '../../text/sentences';
import type { TermIndex } from '../../terminology/term-index';
import type { Block } from '../rule';

/** Sentences longer than this many words are reported (plain-language guides aim at 15-20 on average). */
export const LONG_SENTENCE_WORDS = 30;
/** Below this many words the grade formulas are too unstable to report a document or a section. */
export const MIN_WORDS = 100;

/** The prose of one chunk as the measures need it; a `Block` satisfies it. */
export interface MeasurableProse {
  masked: string;
  units: readonly ProseUnit[];
  sentences(unit: ProseUnit): readonly Span[];
}

/** Stats of one chunk: per paragraph, and its headings in order. Offsets are chunk-relative. */
export interface ChunkMeasure {
  /** Headings open sections; `stats` are the stats of the paragraphs that follow in this chunk, up to the next heading. */
  parts: Array<{ heading?: ProseUnit; stats: TextStats }>;
  long: Array<Span & { words: number }>;
}

/**
 * Readability counts of one chunk. Headings and table cells are labels, not sentences, so only
 * paragraphs (list items included) count. The readability rule's summary of a chunk: the engine
 * keeps it with the chunk, so re-linting a long document only measures the chunks that changed.
 */
export function measureChunk(prose: MeasurableProse): ChunkMeasure {
  const measure: ChunkMeasure = { parts: [{ stats: EMPTY_STATS }], long: [] };
  for (const unit of prose.units) {
    if (unit.kind === 'heading') {
      measure.parts.push({ heading: unit, stats: EMPTY_STATS });
      continue;
    }
    if (unit.kind !== 'paragraph') continue;
    const part = measure.parts[measure.parts.length - 1]!;
    for (const sentence of prose.sentences(unit)) {
      const stats = spanStats(prose, sentence.start, sentence.end);
      part.stats = addStats(part.stats, stats);
      if (stats.words > LONG_SENTENCE_WORDS) measure.long.push(...longLines(prose.masked, sentence));
    }
  }
  return measure;
}

/** A line break before a list marker, or after a line without end punctuation and before a capital. */
const LINE_PIECE = /\r?\n[ \t]*(?=[-*+\u2022][ \t])|(?<![.!?:;,])[ \t]*\r?\n[ \t]*(?=\p{Lu})/gu;

/**
 * A long "sentence" may be lines without end punctuation (a plain-text title, a list written as lines,
 * which the Markdown parser would have split but plain text does not): such line breaks end a piece,
 * and only the pieces over the limit count.
 */
function longLines(masked: string, sentence: Span): Array<Span & { words: number }> {
  const out: Array<Span & { words: number }> = [];
  for (const piece of linePieces(masked, sentence)) {
    const words = textStats(masked, piece.start, piece.end).words;
    if (words > LONG_SENTENCE_WORDS) out.push({ ...piece, words });
  }
  return out;
}

/**
 * The line pieces (see `linePieces`) of every sentence of the chunk's own paragraphs (quoted ones are someone else's
 * words), read once and kept with the block: the hard-sentence check and passive-voice read the same pieces.
 */
export const paragraphPieces = (block: Block, terms: TermIndex): readonly Span[] => block.read(readParagraphPieces, terms);

function readParagraphPieces(block: Block): Span[] {
  return block.units.flatMap((unit) => (unit.kind !== 'paragraph' || unit.inQuote ? [] : block.sentences(unit).flatMap((s) => linePieces(block.masked, s))));
}

/** A sentence cut at line breaks that end a line-piece (see `LINE_PIECE`), each piece trimmed at its end. */
export function linePieces(masked: string, sentence: Span): Span[] {
  const text = masked.slice(sentence.start, sentence.end);
  // Every piece break is a line break: a sentence on one line, most of them, is one piece without running the pattern.
  const breaks = text.includes('\n') ? [...text.matchAll(LINE_PIECE)].map((m) => m.index ?? 0) : [];
  const out: Span[] = [];
  let from = 0;
  for (const at of [...breaks, text.length]) {
    let start = sentence.start + from;
    while (start < sentence.start + at && /\s/.test(masked[start]!)) start++;
    const end = trimEnd(masked, start, sentence.start + at);
    if (end > start) out.push({ start, end });
    from = at;
  }
  return out;
}

function trimEnd(masked: string, start: number, end: number): number {
  while (end > start && /\s/.test(masked[end - 1]!)) end--;
  return end;
}

/** Grades of a body of text; the numbers the rule reports and the extension shows. */
export interface Grades {
  fleschKincaid: number;
  smog: number;
  words: number;
  sentences: number;
}

export function gradesOf(stats: TextStats): Grades {
  return {
    fleschKincaid: round(fleschKincaidGrade(stats)),
    smog: round(smogGrade(stats)),
    words: stats.words,
    sentences: stats.sentences,
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
