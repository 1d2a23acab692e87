import { placeFindings } from './findings';
import type { Finding } from './types';

/**
 * The findings of one chunk, relative to it: add `start` to their offsets and `lineBase` to their
 * lines to place them in the document. While a chunk and what the rules say about it stay the same,
 * a check returns the same `findings` array (the same objects) for it, wherever the chunk has moved;
 * and while it has not moved either, the same `ChunkFindings` object. An editor can then redo its
 * per-finding work (diagnostics) for the edited chunks only.
 */
export interface ChunkFindings {
  /** Offset of the chunk in the document. */
  readonly start: number;
  /** The document line the chunk starts on. */
  readonly lineBase: number;
  /** Sorted by offset, then end, then rule id; never empty. */
  readonly findings: readonly Finding[];
}

/** The result of one check, kept per chunk; `findings()` places them in the document when asked. */
export class ChunkedFindings {
  private flat: Finding[] | undefined;

  /** `chunks` in document order, so their placed findings are in document order too. */
  constructor(readonly chunks: readonly ChunkFindings[]) {}

  /** How many findings there are. */
  get count(): number {
    let count = 0;
    for (const c of this.chunks) count += c.findings.length;
    return count;
  }

  /** All findings, offsets and positions in the document, sorted; placed on the first call only. */
  findings(): Finding[] {
    if (this.flat) return this.flat;
    const flat: Finding[] = [];
    for (const c of this.chunks) for (const f of placedFindings(c)) flat.push(f);
    return (this.flat = flat);
  }
}

/** Placed copies by chunk object: an unchanged chunk of a later check gives the same objects again. */
const PLACED = new WeakMap<ChunkFindings, readonly Finding[]>();

function placedFindings(c: ChunkFindings): readonly Finding[] {
  let placed = PLACED.get(c);
  if (!placed) PLACED.set(c, (placed = placeFindings(c.findings, c.start, c.lineBase)));
  return placed;
}
