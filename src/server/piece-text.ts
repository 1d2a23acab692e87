import { lastAtOrBefore, type TextSource } from '../core/index';

/** Target size of a piece: an edit copies one or two pieces, never the whole document. */
const PIECE = 16 * 1024;

const LF = 10;
const CR = 13;

/**
 * An editor document's text kept as pieces of about 16 KB, each ending after a line break (so a
 * CRLF pair never spans two pieces). An edit makes a new `PieceText` that shares every piece it
 * does not touch: a keystroke in a 1 MB document copies a few kilobytes instead of building a new
 * 1 MB string, which V8 would copy again on the first read. Lines and positions follow LSP (and
 * `vscode-languageserver-textdocument`): a line ends at LF, CRLF or a lone CR.
 */
export class PieceText implements TextSource {
  readonly length: number;
  /** Offset of each piece in the text. */
  private readonly starts: number[];
  /** Number of line breaks before each piece, and in all; counted on first use (a full-text change may need none). */
  private lines: { before: number[]; count: number } | undefined;
  /** Per piece, the offsets in it where a line starts (after a break), 0 first; made on first use. */
  private readonly lineStarts: Array<number[] | undefined>;
  private whole: string | undefined;

  private constructor(
    private readonly pieces: readonly string[],
    lineStarts: Array<number[] | undefined>,
  ) {
    this.lineStarts = lineStarts;
    this.starts = new Array<number>(pieces.length);
    let offset = 0;
    for (let p = 0; p < pieces.length; p++) {
      this.starts[p] = offset;
      offset += pieces[p]!.length;
    }
    this.length = offset;
  }

  get lineCount(): number {
    return this.lineTable().count;
  }

  static of(text: string): PieceText {
    const pieces = split(text);
    const made = new PieceText(pieces, new Array<number[] | undefined>(pieces.length));
    // The text it was made from is the whole text: a full-text change is read without joining the pieces.
    made.whole = text;
    return made;
  }

  /** The whole text, built once per version and only when something needs all of it. */
  toString(): string {
    this.whole ??= this.pieces.length === 1 ? this.pieces[0]! : this.pieces.join('');
    return this.whole;
  }

  slice(start = 0, end = this.length): string {
    start = clamp(start < 0 ? this.length + start : start, 0, this.length);
    end = clamp(end < 0 ? this.length + end : end, 0, this.length);
    if (end <= start) return '';
    if (this.whole !== undefined) return this.whole.slice(start, end);
    const first = this.pieceAt(start);
    const last = this.pieceAt(end - 1);
    if (first === last) return this.pieces[first]!.slice(start - this.starts[first]!, end - this.starts[first]!);
    const parts = [this.pieces[first]!.slice(start - this.starts[first]!)];
    for (let p = first + 1; p < last; p++) parts.push(this.pieces[p]!);
    parts.push(this.pieces[last]!.slice(0, end - this.starts[last]!));
    return parts.join('');
  }

  /** The text with [start, end) replaced by `inserted`; only the pieces the edit touches are rebuilt. */
  edited(start: number, end: number, inserted: string): PieceText {
    start = clamp(start, 0, this.length);
    end = clamp(Math.max(start, end), 0, this.length);
    const first = this.pieceAt(start);
    // The piece holding `end` strictly inside it (or the last one), so the rebuilt run still ends after a line break.
    const last = this.pieceAt(end);
    const from = this.starts[first]!;
    const run = this.pieces.slice(first, last + 1).join('');
    const replaced = run.slice(0, start - from) + inserted + run.slice(end - from);
    const parts = split(replaced, last === this.pieces.length - 1);
    const pieces = [...this.pieces.slice(0, first), ...parts, ...this.pieces.slice(last + 1)];
    const lineStarts = [...this.lineStarts.slice(0, first), ...new Array<number[] | undefined>(parts.length), ...this.lineStarts.slice(last + 1)];
    if (pieces.length === 0) return PieceText.of('');
    return new PieceText(pieces, lineStarts);
  }

  /** Offset of an LSP position, clamped to the text and to the end of its line (as `TextDocument.offsetAt`). */
  offsetAt(position: { line: number; character: number }): number {
    if (position.line >= this.lineCount) return this.length;
    if (position.line < 0) return 0;
    const lineOffset = this.lineStart(position.line);
    if (position.character <= 0) return lineOffset;
    const next = position.line + 1 < this.lineCount ? this.lineStart(position.line + 1) : this.length;
    return this.beforeLineBreak(Math.min(lineOffset + position.character, next), lineOffset);
  }

  /** The LSP position of an offset, clamped to the text (as `TextDocument.positionAt`). */
  positionAt(offset: number): { line: number; character: number } {
    offset = clamp(offset, 0, this.length);
    const p = this.pieceAt(offset);
    const starts = this.startsIn(p);
    const low = lastAtOrBefore(starts, offset - this.starts[p]!);
    const lineOffset = this.starts[p]! + starts[low]!;
    return { line: this.lineTable().before[p]! + low, character: this.beforeLineBreak(offset, lineOffset) - lineOffset };
  }

  /** The piece holding `offset`: the last one starting at or before it. */
  private pieceAt(offset: number): number {
    return lastAtOrBefore(this.starts, offset);
  }

  /** Where line `line` starts: in the last piece that starts on or before it. */
  private lineStart(line: number): number {
    const before = this.lineTable().before;
    const p = lastAtOrBefore(before, line);
    return this.starts[p]! + this.startsIn(p)[line - before[p]!]!;
  }

  private lineTable(): { before: number[]; count: number } {
    if (!this.lines) {
      const before = new Array<number>(this.pieces.length);
      let count = 0;
      for (let p = 0; p < this.pieces.length; p++) {
        before[p] = count;
        count += this.startsIn(p).length - 1;
      }
      this.lines = { before, count: count + 1 };
    }
    return this.lines;
  }

  /** Steps back over line-break characters, never before the line's start. */
  private beforeLineBreak(offset: number, lineOffset: number): number {
    while (offset > lineOffset) {
      const c = this.charCodeAt(offset - 1);
      if (c !== LF && c !== CR) break;
      offset--;
    }
    return offset;
  }

  private charCodeAt(offset: number): number {
    const p = this.pieceAt(offset);
    return this.pieces[p]!.charCodeAt(offset - this.starts[p]!);
  }

  private startsIn(p: number): number[] {
    let starts = this.lineStarts[p];
    if (!starts) {
      starts = lineStartsOf(this.pieces[p]!);
      this.lineStarts[p] = starts;
    }
    return starts;
  }
}

/** 0 and every offset just after a line break (LF, CRLF or a lone CR) in `text`. */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === CR) {
      if (text.charCodeAt(i + 1) === LF) i++;
      starts.push(i + 1);
    } else if (c === LF) starts.push(i + 1);
  }
  return starts;
}

/**
 * `text` cut into pieces of about `PIECE` characters, each ending just after an LF. `text` ends the
 * document when `atEnd`; otherwise it ends with an LF already, and so does its last piece.
 */
function split(text: string, atEnd = true): string[] {
  if (text.length <= 2 * PIECE) return text.length > 0 || atEnd ? [text] : [];
  const out: string[] = [];
  let from = 0;
  while (text.length - from > 2 * PIECE) {
    const cut = text.indexOf('\n', from + PIECE - 1);
    if (cut === -1 || cut + 1 >= text.length) break;
    out.push(text.slice(from, cut + 1));
    from = cut + 1;
  }
  out.push(text.slice(from));
  return out;
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(high, value));
}
