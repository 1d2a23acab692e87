/**
 * A pure function of one word, with its answers kept: the words of a document repeat, and an edit
 * re-reads mostly words seen before. Past `limit` distinct words the memo starts over, so a long
 * document of rare words cannot grow it without bound.
 */
export function wordMemo<T>(compute: (word: string) => T, limit = 50_000): (word: string) => T {
  const known = new Map<string, T>();
  return (word) => {
    let value = known.get(word);
    if (value === undefined && !known.has(word)) {
      if (known.size >= limit) known.clear();
      known.set(word, (value = compute(word)));
    }
    return value as T;
  };
}
