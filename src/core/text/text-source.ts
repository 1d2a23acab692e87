/**
 * A document's text as an editor may keep it: in pieces, read in slices, built whole only when
 * something needs all of it. A string is one. The engine reads a keystroke's edited region
 * through `slice` and calls `toString` only when it must see the whole text.
 */
export interface TextSource {
  readonly length: number;
  slice(start?: number, end?: number): string;
  toString(): string;
}

/** The whole text of a source (no copy for a string). */
export function wholeText(source: TextSource): string {
  return typeof source === 'string' ? source : source.toString();
}
