/** Timing helpers for the benchmarks: warm-up, median of runs, percentiles. */

/**
 * The benchmark clock, in milliseconds. By default the process CPU time: on a shared machine
 * (other jobs running) wall time swings several-fold while CPU time stays put. `--wall` (or
 * BENCH_CLOCK=wall) switches to wall time, which is what a user feels on an idle machine.
 */
export const CLOCK: 'cpu' | 'wall' = process.argv.includes('--wall') || process.env.BENCH_CLOCK === 'wall' ? 'wall' : 'cpu';

export function now(): number {
  if (CLOCK === 'wall') return performance.now();
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Milliseconds taken by `fn` on the benchmark clock. */
export function time(fn: () => unknown): number {
  const start = now();
  fn();
  return now() - start;
}

/** Async variant of `time`. */
export async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = now();
  await fn();
  return now() - start;
}

/** The p-th percentile (0-100) of `values`, nearest-rank; NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export const median = (values: readonly number[]): number => percentile(values, 50);

/**
 * Median time of `runs` calls after `warmup` calls. Slow subjects (one call over `budgetMs`)
 * get fewer runs so that a bench of slow peer tools still ends in minutes.
 */
export function medianTime(fn: () => unknown, runs = 5, warmup = 1, budgetMs = 20_000): number {
  const samples: number[] = [];
  let spent = 0;
  for (let i = 0; i < warmup; i++) spent += time(fn);
  for (let i = 0; i < runs; i++) {
    if (samples.length >= 2 && spent > budgetMs) break;
    const t = time(fn);
    samples.push(t);
    spent += t;
  }
  return median(samples);
}

/** Async variant of `medianTime`. */
export async function medianTimeAsync(fn: () => Promise<unknown>, runs = 5, warmup = 1, budgetMs = 20_000): Promise<number> {
  const samples: number[] = [];
  let spent = 0;
  for (let i = 0; i < warmup; i++) spent += await timeAsync(fn);
  for (let i = 0; i < runs; i++) {
    if (samples.length >= 2 && spent > budgetMs) break;
    const t = await timeAsync(fn);
    samples.push(t);
    spent += t;
  }
  return median(samples);
}
