/**
 * A small sentence splitter over masked prose. It splits after `.`, `!` or `?` (and closing quotes
 * or brackets) when whitespace and an upper-case letter, digit or opening quote follow, and it
 * keeps common abbreviations ("e.g.", "Dr.", "vs.") and decimals inside one sentence. It is far
 * cheaper than a full natural-language parse, which is why claim rules can afford to run per edit.
 */

export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'etc', 'vs', 'dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'no', 'fig', 'approx', 'al', 'inc', 'ltd', 'jr', 'sr',
]);
const BOUNDARY = /[.!?]+['"’”)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\p{N}])|[.!?]+['"’”)\]]*(?=\s*$)|\n[ \t]*\n/gu;

/** Sentences of `text` between `from` and `to`, trimmed of surrounding space. Never throws. */
export function splitSentences(text: string, from = 0, to = text.length): Span[] {
  const slice = text.slice(from, to);
  const spans: Span[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(slice); m; m = BOUNDARY.exec(slice)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.') && isAbbreviation(slice, m.index)) continue;
    pushTrimmed(spans, slice, start, end, from);
    start = end;
  }
  pushTrimmed(spans, slice, start, slice.length, from);
  return spans;
}

function isAbbreviation(text: string, dot: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 8), dot));
  return before !== null && ABBREVIATIONS.has(before[1]!.toLowerCase());
}

function pushTrimmed(spans: Span[], text: string, start: number, end: number, base: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) spans.push({ start: base + start, end: base + end });
}
