/** `list.map(f)` read lazily: a reader that stops early calls `f` only on what it read. */
export function* lazyMap<T, U>(list: readonly T[], f: (item: T) => U): Generator<U> {
  for (const item of list) yield f(item);
}
