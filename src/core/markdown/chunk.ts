import { frontMatterEnd } from './front-matter';

/**
 * Splits a Markdown document into independent chunks at blank lines, never inside fenced code,
 * front matter or an HTML comment, and never before an indented continuation line. Each chunk
 * is parsed and analysed on its own and cached, so an edit re-analyses only the chunks it touched.
 * Lines end at `\n`, `\r\n` or a lone `\r`, as in VS Code.
 */

export interface Chunk {
  /** Offset of the chunk's first character in the document. */
  start: number;
  text: string;
  frontMatter: boolean;
}

/** Chunks from a scan that stopped early at a known chunk start (see `scanChunks`). */
export interface ChunkScan {
  chunks: Chunk[];
  /** Where the scan stopped because `isSyncPoint` said yes; undefined when it reached the end. */
  syncedAt?: number;
}

const FENCE = / {0,3}(`{3,}|~{3,})/y;
/** A closing fence has nothing after its markers but spaces: "```js" inside a fence does not close it. */
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
/** CommonMark HTML blocks of type 1 keep blank lines inside: <pre>, <script>, <style>, <textarea>. */
const RAW_HTML_OPEN = /^ {0,3}<(pre|script|style|textarea)(?=[\s>]|$)/i;
/**
 * Blocks are grouped into chunks of about this many, so a long document has fewer chunks to walk
 * per keystroke. Where a chunk may start depends only on the line there (a heading, or a hash of
 * its first characters), never on earlier text, so boundaries stay put when text above changes.
 */
const GROUP = 6;
/**
 * A chunk longer than this ends at the next possible boundary, whatever the hash says. A keystroke
 * re-reads its whole chunk, so the longest chunks set the slowest keystrokes: with this cap, a 1 MB
 * document has about a quarter more chunks than with grouping alone, and its slowest keystrokes
 * cost about a sixth less (bench, language-server section).
 */
const MAX_CHUNK = 600;
const LF = 10;
const CR = 13;

/** The end tag a line opens a raw HTML block with ("</pre>"), unless the same line closes it. `head` is the line's start. */
function rawHtmlOpened(head: string, line: string): string | undefined {
  const open = RAW_HTML_OPEN.exec(head);
  if (!open) return undefined;
  const end = `</${open[1]!.toLowerCase()}>`;
  return line.toLowerCase().includes(end) ? undefined : end;
}

/** Chunks cover the whole text, in order, without gaps. Linear in the text length; never throws. */
export function chunkMarkdown(text: string): Chunk[] {
  return scanChunks(text, 0).chunks;
}

/**
 * Chunks `text` from `from`, which must be a chunk start (a line start outside any fence or
 * comment). Before starting a new chunk at an offset for which `isSyncPoint` returns true, it
 * stops: the caller already knows the chunks from there on. This is what makes re-chunking after
 * an edit proportional to the edit, not to the document.
 */
export function scanChunks(
  text: string,
  from: number,
  isSyncPoint?: (offset: number) => boolean,
  /** Where `text` starts in the document, when it is a window of it: offsets in and out are the document's. */
  base = 0,
): ChunkScan {
  const chunks: Chunk[] = [];
  let chunkStart = from;
  let lineStart = from;
  let fence: string | undefined;
  /** The end tag of an open raw HTML block ("</pre>"), which no blank line ends. */
  let rawHtmlEnd: string | undefined;
  let inComment = false;
  let previousBlank = false;
  // Rare characters, searched ahead in windows: linear over a whole scan, and a short re-scan after
  // a keystroke never searches the rest of a long document for a character it does not hold.
  const crs = new Occurrences(text, '\r');
  const opens = new Occurrences(text, '<!--');
  const closes = new Occurrences(text, '-->');

  const frontEnd = base + from === 0 ? frontMatterEnd(text) : 0;
  if (frontEnd > 0) {
    chunks.push({ start: 0, text: text.slice(0, frontEnd), frontMatter: true });
    chunkStart = lineStart = frontEnd;
  }

  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const cr = crs.firstIn(lineStart, lineEnd);
    if (cr !== -1) lineEnd = cr;
    const next = lineEnd + (text.charCodeAt(lineEnd) === CR && text.charCodeAt(lineEnd + 1) === LF ? 2 : 1);
    const blank = isBlank(text, lineStart, lineEnd);

    if (
      !fence &&
      !rawHtmlEnd &&
      !inComment &&
      previousBlank &&
      !blank &&
      lineStart > chunkStart &&
      !isIndented(text, lineStart) &&
      ((lineStart - chunkStart > MAX_CHUNK && !leadsIn(text, lineStart, lineEnd)) || startsGroup(text, lineStart, lineEnd))
    ) {
      chunks.push({ start: base + chunkStart, text: text.slice(chunkStart, lineStart), frontMatter: false });
      chunkStart = lineStart;
      if (isSyncPoint?.(base + lineStart)) return { chunks, syncedAt: base + lineStart };
    }

    FENCE.lastIndex = lineStart;
    const fenceMatch = FENCE.exec(text);
    if (fence) {
      const close = FENCE_CLOSE.exec(text.slice(lineStart, lineEnd));
      if (close && close[1]!.startsWith(fence[0]!) && close[1]!.length >= fence.length) fence = undefined;
    } else if (rawHtmlEnd) {
      if (text.slice(lineStart, lineEnd).toLowerCase().includes(rawHtmlEnd)) rawHtmlEnd = undefined;
    } else if (fenceMatch) {
      fence = fenceMatch[1];
    } else {
      rawHtmlEnd = rawHtmlOpened(text.slice(lineStart, Math.min(lineEnd, lineStart + 16)), text.slice(lineStart, lineEnd));
      const hasMarker = opens.firstIn(lineStart, lineEnd) !== -1 || closes.firstIn(lineStart, lineEnd) !== -1;
      if (hasMarker) {
        const line = text.slice(lineStart, lineEnd);
        const open = line.lastIndexOf('<!--');
        const close = line.lastIndexOf('-->');
        if (open !== -1 && close < open) inComment = true;
        else if (inComment && close !== -1) inComment = false;
      }
    }
    previousBlank = blank;
    lineStart = next;
  }
  if (chunkStart < text.length || chunks.length === 0) {
    chunks.push({ start: base + chunkStart, text: text.slice(chunkStart), frontMatter: false });
  }
  return { chunks };
}

/**
 * Where one string occurs in `text`, for a scan that asks about consecutive ranges in increasing
 * order. Searches ahead a window at a time and remembers the answer, so the searches of a whole
 * scan cover the text about once, and a scan of a few lines searches about `window` characters.
 */
export class Occurrences {
  /** The first occurrence at or after `from`, or -1 when there is none before `clearUntil`. */
  private next = -1;
  private from = 0;
  private clearUntil = 0;

  constructor(
    private readonly text: string,
    private readonly needle: string,
    /** Characters searched ahead at a time (small in tests, to cross many window ends). */
    private readonly window = 4096,
  ) {}

  /** The first offset in [start, end) where the string starts, or -1. Calls must not go backwards. */
  firstIn(start: number, end: number): number {
    const known = start >= this.from && (this.next >= start || (this.next === -1 && this.clearUntil >= end));
    if (!known) {
      // A slice of a flat string is a view, so searching it copies nothing.
      const stop = Math.min(this.text.length, Math.max(end, start + this.window) + this.needle.length - 1);
      const found = this.text.slice(start, stop).indexOf(this.needle);
      this.from = start;
      this.next = found === -1 ? -1 : start + found;
      this.clearUntil = stop - this.needle.length + 1;
    }
    return this.next !== -1 && this.next < end ? this.next : -1;
  }
}

/**
 * A line that ends in a colon ("Benefits include:") leads into what follows and reads with the paragraph before it
 * (the remedy whose benefits are listed): the length cap does not cut a chunk there.
 */
function leadsIn(text: string, start: number, end: number): boolean {
  let last = end - 1;
  while (last > start && (text.charCodeAt(last) === 32 || text.charCodeAt(last) === 9)) last--;
  return text.charCodeAt(last) === 58; // ':'
}

/** A heading always starts a chunk; other blocks start one when a hash of their first characters says so. */
function startsGroup(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start) === 35) return true; // '#'
  let hash = 2166136261;
  for (let i = start, stop = Math.min(end, start + 24); i < stop; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return (hash >>> 0) % GROUP === 0;
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

function isIndented(text: string, offset: number): boolean {
  const c = text.charCodeAt(offset);
  return c === 32 || c === 9;
}
