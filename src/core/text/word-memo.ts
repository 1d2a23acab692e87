/** Stands in the memo for an answer that is undefined, so that a kept answer is found with one lookup. */
const UNDEFINED = Symbol('undefined');

/**
 * A pure function of one word, with its answers kept: the words of a document repeat, and an edit
 * re-reads mostly words seen before. Past `limit` distinct words the memo starts over, so a long
 * document of rare words cannot grow it without bound. Most words answer undefined to some of these
 * functions (not a term, not a near miss): kept as `UNDEFINED`, they cost one map lookup, not a second
 * `has` to tell them from words never seen.
 */
export function wordMemo<T>(compute: (word: string) => T, limit = 50_000): (word: string) => T {
  const known = new Map<string, T | typeof UNDEFINED>();
  return (word) => {
    const found = known.get(word);
    if (found !== undefined) return (found === UNDEFINED ? undefined : found) as T;
    if (known.size >= limit) known.clear();
    const value = compute(word);
    known.set(word, value === undefined ? UNDEFINED : value);
    return value;
  };
}
