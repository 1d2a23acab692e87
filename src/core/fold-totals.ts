import type { ChunkFold, Totals } from './rules/rule';
import type { Unchanged } from './summary-columns';

/** Totals of a rule without a tally. */
export const NO_TOTALS: Totals = { get: () => 0, keys: () => [] };

/**
 * One folding rule's totals (see `ChunkFold.tally`), kept from check to check: only summaries that
 * are new or gone since the last check are added or taken away, so a keystroke tallies one chunk.
 * A summary belongs to one chunk analysis, so an unchanged chunk brings the same object.
 */
export class FoldTotals implements Totals {
  private readonly sums = new Map<string, number>();
  /** The summaries tallied at the last check, in order. */
  private last: readonly unknown[] = [];

  /**
   * Tallies `summaries` in place of the last check's: only the run between the unchanged start and end is
   * read. When `summaries` is the last check's column updated in place, `unchanged.removed[slot]` holds
   * the entries taken out of it; otherwise the runs are found by comparing the two arrays.
   */
  update<S>(summaries: readonly S[], tally: NonNullable<ChunkFold<S>['tally']>, unchanged?: Unchanged, slot = -1): void {
    const removed = unchanged?.removed?.[slot] as readonly S[] | undefined;
    if (summaries === this.last && removed) {
      for (const gone of removed) this.add(tally(gone), -1);
      for (let i = unchanged!.head; i < summaries.length - unchanged!.tail; i++) this.add(tally(summaries[i]!), 1);
      return;
    }
    const last = this.last as readonly S[];
    const same = Math.min(last.length, summaries.length);
    let head = 0;
    let tail = 0;
    while (head < same && summaries[head] === last[head]) head++;
    while (tail < same - head && summaries[summaries.length - 1 - tail] === last[last.length - 1 - tail]) tail++;
    for (let i = head; i < last.length - tail; i++) this.add(tally(last[i]!), -1);
    for (let i = head; i < summaries.length - tail; i++) this.add(tally(summaries[i]!), 1);
    this.last = summaries;
  }

  get(key: string): number {
    return this.sums.get(key) ?? 0;
  }

  keys(): Iterable<string> {
    return this.sums.keys();
  }

  private add(entries: ReadonlyArray<readonly [string, number]>, sign: number): void {
    for (const [key, amount] of entries) {
      const sum = (this.sums.get(key) ?? 0) + sign * amount;
      if (sum === 0) this.sums.delete(key);
      else this.sums.set(key, sum);
    }
  }
}
