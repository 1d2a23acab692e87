import { analyseBlock, type DocumentFormat } from '../analyse-block';
import { chunkMarkdown } from '../markdown/chunk';
import type { Block } from '../rules/rule';
import type { TermIndex } from '../terminology/term-index';
import { wholeText, type TextSource } from '../text/text-source';

/** The analysed chunk that holds an offset; `start` is the chunk's offset in the document. */
export interface LocatedBlock {
  start: number;
  block: Block;
}

/**
 * What already knows a document's analysed chunks: the `Linter` that checks the document. Hover and
 * completion ask it first, so on a long document they cost a lookup instead of a re-chunk and a parse.
 */
export interface BlockSource {
  blockAt(text: TextSource, offset: number, format: DocumentFormat): LocatedBlock | undefined;
}

/**
 * Analyses only the chunk around `offset` (0-based, UTF-16), so hover and completion stay fast on
 * long documents. An offset at the very end of a chunk belongs to it (the cursor after the last
 * word). Undefined inside front matter or out of range; never throws.
 */
export function blockAt(source: TextSource, offset: number, format: DocumentFormat, terms: TermIndex): LocatedBlock | undefined {
  const text = wholeText(source);
  if (offset < 0 || offset > text.length) return undefined;
  if (format === 'text') return { start: 0, block: analyseBlock(text, 'text', terms) };
  const chunks = chunkMarkdown(text);
  const chunk = chunks.find((c) => offset >= c.start && offset <= c.start + c.text.length && c.text.length > 0);
  if (!chunk || chunk.frontMatter) return undefined;
  return { start: chunk.start, block: analyseBlock(chunk.text, 'markdown', terms) };
}

/** True when [start, end) of the chunk is prose: not code, HTML, a URL or front matter. */
export function isProse(block: Block, start: number, end: number): boolean {
  if (end <= start) return false;
  const inUnit = block.units.some((u) => start >= u.start && end <= u.end);
  return inUnit && block.masked.slice(start, end) === block.text.slice(start, end);
}
