/** Helpers for the states of folding rules (see `ChunkFold`): read-only sets, copied only when they change. */

export function sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/** `set` with `item`: the same set when it already has it, else a copy, so earlier states stay as they were. */
export function withItem<T>(set: ReadonlySet<T>, item: T): ReadonlySet<T> {
  return set.has(item) ? set : new Set(set).add(item);
}

/** The keys (of a fold's totals) that start with `prefix`, without it. */
export function keysWith(keys: Iterable<string>, prefix: string): Set<string> {
  const out = new Set<string>();
  for (const key of keys) if (key.startsWith(prefix)) out.add(key.slice(prefix.length));
  return out;
}
