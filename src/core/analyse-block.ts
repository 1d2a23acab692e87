import { chunkMarkdown, type Chunk } from './markdown/chunk';
import { extractProse, plainProse, type ProseUnit } from './markdown/prose';
import type { Mention } from './matcher';
import type { Block, ChunkReader, NotChecked } from './rules/rule';
import { nearMisses } from './near-miss';
import type { TermIndex } from './terminology/term-index';
import { splitSentences, type Span } from './text/sentences';

export type DocumentFormat = 'markdown' | 'text';

/** The chunks of a whole document: Markdown is chunked at block boundaries, plain text is one chunk. */
export function documentChunks(text: string, format: DocumentFormat): Chunk[] {
  return format === 'text' ? [{ start: 0, text, frontMatter: false }] : chunkMarkdown(text);
}

/**
 * Every chunk of a document outside its front matter, analysed, with its offset in the document: for
 * one-off whole-document reads (report tables, the review page). Editors use the Linter's cached chunks.
 */
export function analyseDocument(text: string, format: DocumentFormat, terms: TermIndex): Array<{ start: number; block: Block }> {
  return documentChunks(text, format)
    .filter((chunk) => !chunk.frontMatter)
    .map((chunk) => ({ start: chunk.start, block: analyseBlock(chunk.text, format, terms) }));
}

/**
 * Parses one chunk and finds its term mentions in prose. Offsets are 0-based UTF-16 into `text`.
 * Sentences are split on first use and kept. Never throws.
 */
export function analyseBlock(text: string, format: DocumentFormat, terms: TermIndex): Block {
  const prose = format === 'text' ? plainProse(text) : extractProse(text);
  if (prose.notChecked) return unreadBlock(text, tooComplex(text, prose.notChecked));
  const mentions: Mention[] = [];
  // A loop, not push(...): a paragraph can hold more mentions than a call may take arguments.
  for (const unit of prose.units) {
    const { mentions: found, words } = terms.matcher.matchWords(prose.masked, unit.start, unit.end);
    // Names written one letter off ("spinal chord") join the matcher's mentions, in text order.
    const near = nearMisses(prose.masked, words, found, terms);
    // A near miss replaces the shorter names inside it ("neuropathy" in "Paranoeplastic neuropathy").
    const kept = near.length > 0 ? found.filter((f) => !near.some((n) => f.offset >= n.offset && f.endOffset <= n.endOffset)) : found;
    for (const m of near.length > 0 ? [...kept, ...near].sort((a, b) => a.offset - b.offset) : found) mentions.push(m);
  }
  const sentenceCache = new Map<ProseUnit, Span[]>();
  return {
    read: readings(),
    text,
    masked: prose.masked,
    units: prose.units,
    comments: prose.comments,
    mentions,
    sentences(unit) {
      let spans = sentenceCache.get(unit);
      if (!spans) sentenceCache.set(unit, (spans = splitSentences(prose.masked, unit.start, unit.end)));
      return spans;
    },
    mentionsIn(start, end) {
      return mentionsBetween(mentions, start, end);
    },
  };
}

/** The whole chunk, blank lines at its end left out, marked as not checked because of its markup. */
function tooComplex(text: string, problem: string): NotChecked {
  const endOffset = text.trimEnd().length;
  const lines = text.slice(0, endOffset).split(/\r\n?|\n/).length;
  const these = lines === 1 ? ['this line, because its', 'it'] : [`these ${lines} lines, because their`, 'them'];
  return { reason: `${these[0]} markup ${problem}, more than the Markdown parser can read in reasonable time; simplify it to have ${these[1]} checked`, endOffset };
}

/** A block that was not read (`notChecked` says why, for the `not-checked` rule): no prose, no mentions. */
export function unreadBlock(text: string, notChecked: NotChecked | undefined): Block {
  return {
    text,
    masked: text.replace(/[^\r\n]/g, ' '),
    units: [],
    comments: [],
    notChecked,
    mentions: [],
    sentences: () => [],
    mentionsIn: () => [],
    read: readings(),
  };
}

/**
 * A block's `read`: each reader's result, kept for as long as the block (the engine keeps a block
 * while its chunk text is unchanged) and for one terminology, so no rule needs a private cache.
 */
function readings(): Block['read'] {
  const kept = new Map<ChunkReader<unknown>, { terms: TermIndex; value: unknown }>();
  return function read<T>(this: Block, reader: ChunkReader<T>, terms: TermIndex): T {
    const found = kept.get(reader as ChunkReader<unknown>);
    if (found && found.terms === terms) return found.value as T;
    const value = reader(this, terms);
    kept.set(reader as ChunkReader<unknown>, { terms, value });
    return value;
  };
}

/** Mentions inside [start, end), found by binary search since mentions are in offset order. */
function mentionsBetween(mentions: readonly Mention[], start: number, end: number): Mention[] {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (mentions[mid]!.offset < start) low = mid + 1;
    else high = mid;
  }
  const out: Mention[] = [];
  for (let i = low; i < mentions.length && mentions[i]!.offset < end; i++) {
    if (mentions[i]!.endOffset <= end) out.push(mentions[i]!);
  }
  return out;
}
