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
  'e.g', 'i.e', 'etc', 'vs', 'dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'fig', 'approx', 'al', 'inc', 'ltd', 'jr', 'sr', 'u.s', 'u.k',
]);
/** Abbreviations only before a number: "No. 5" is one, the answer "No. Multiple sclerosis..." ends a sentence. */
const NUMBER_ABBREVIATIONS = new Set(['no', 'nos']);
/**
 * A stop followed by space and a capital, digit or opening quote; a stop at the end; a blank line; or
 * a stop pressed between a word and the next sentence with no space ("foot pain.Neuropathy can..."). A
 * footnote number right after the stop ("from harm.4 Because", "harm.[4] Because") ends the sentence with it.
 * Every alternative starts at a stop or a line break: the leading lookahead says so, so the regex engine
 * skips other characters instead of trying the lookbehinds at each one (a third of the time, same matches).
 */
const BOUNDARY =
  /(?=[.!?\n])(?:(?<=\p{Ll}{2})[.!?]['"’”)\]]*(?:\d{1,3}|\[\d{1,3}\])(?=\s+["'“‘(\[]?\p{Lu})|[.!?]+['"’”)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\p{N}])|[.!?]+['"’”)\]]*(?=\s*$)|\n[ \t]*\n|(?<=\p{Ll}{2})[.!?](?=\p{Lu}\p{Ll}))/gu;

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
  if (before === null) return false;
  const word = before[1]!.toLowerCase();
  return ABBREVIATIONS.has(word) || (NUMBER_ABBREVIATIONS.has(word) && /^\.\s*\d/.test(text.slice(dot, dot + 4)));
}

/**
 * Longest span handed to rules as one sentence. Real sentences stay far below it; a run-on "sentence"
 * (a pasted list without stops, a 1 MB line) is cut into pieces at spaces, so rules that look around
 * each mention within its sentence stay linear in the text instead of quadratic.
 */
const MAX_SENTENCE = 1000;

function pushTrimmed(spans: Span[], text: string, start: number, end: number, base: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  while (end - start > MAX_SENTENCE) {
    let cut = text.lastIndexOf(' ', start + MAX_SENTENCE);
    if (cut <= start) cut = start + MAX_SENTENCE - (isHighSurrogate(text.charCodeAt(start + MAX_SENTENCE - 1)) ? 1 : 0);
    pushTrimmed(spans, text, start, cut, base);
    start = cut;
    while (start < end && /\s/.test(text[start]!)) start++;
  }
  if (end > start) spans.push({ start: base + start, end: base + end });
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
