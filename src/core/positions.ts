import type { Position } from './types';

/**
 * Converts offsets to 0-based line/character positions in UTF-16 code units. Lines end at
 * `\n`, `\r\n` or a lone `\r`, as in VS Code. Offsets out of range are clamped, never thrown on.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.starts[low]! };
  }

  offsetAt(position: Position): number {
    const line = Math.max(0, Math.min(position.line, this.starts.length - 1));
    const start = this.starts[line]!;
    const next = line + 1 < this.starts.length ? this.starts[line + 1]! : this.text.length;
    return Math.min(start + Math.max(0, position.character), next);
  }

  get lineCount(): number {
    return this.starts.length;
  }
}

/** Converts offsets to positions; implemented by `LineIndex` and `ChunkedLines`. */
export interface Positioner {
  positionAt(offset: number): Position;
}

/**
 * Positions over a document kept as consecutive chunks, each with its own `LineIndex`. Costs
 * O(chunks) to build instead of O(characters), so a re-lint after a keystroke does not rescan
 * the whole text. Chunks must start at line starts (as Markdown chunks do).
 */
export class ChunkedLines implements Positioner {
  private readonly starts: number[] = [];
  private readonly lineBases: number[] = [];

  constructor(private readonly chunks: ReadonlyArray<{ chunk: { start: number }; lines: LineIndex }>) {
    let line = 0;
    for (const c of chunks) {
      this.starts.push(c.chunk.start);
      this.lineBases.push(line);
      line += c.lines.lineCount - 1;
    }
  }

  /** The position of a document offset; clamped to the document, never throws. */
  positionAt(offset: number): Position {
    const i = this.chunkAt(offset);
    const chunk = this.chunks[i];
    if (!chunk) return { line: 0, character: 0 };
    const local = chunk.lines.positionAt(offset - chunk.chunk.start);
    return { line: this.lineBase(i) + local.line, character: local.character };
  }

  /** The document line on which chunk `index` starts (0 when out of range). */
  lineBase(index: number): number {
    return this.lineBases[index] ?? 0;
  }

  /** The index of the chunk that holds `offset`; an offset on a boundary belongs to the later chunk. */
  chunkAt(offset: number): number {
    return lastAtOrBefore(this.starts, offset);
  }
}

/** The index of the last of the ascending `sorted` that is at most `value` (0 when none is). */
export function lastAtOrBefore(sorted: ArrayLike<number>, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (sorted[mid]! <= value) low = mid;
    else high = mid - 1;
  }
  return low;
}
