/**
 * Word-level normalization shared by the matcher, the terminology validator and completion,
 * so that "Guillain–Barré", "Guillain Barre" and "guillain-barre" all fold to one key.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /[\u2019\u02bc\u2018`´]/g;
const NON_ASCII = /[^\x00-\x7f]/;

/** Lower case, no diacritics, one kind of apostrophe. Safe on any string. */
/** `text` with every regular-expression metacharacter escaped, to match it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function foldWord(word: string): string {
  if (!NON_ASCII.test(word)) return word.toLowerCase();
  return foldExact(word).toLowerCase();
}

/** Fold for case-sensitive forms (abbreviations): diacritics and apostrophes only. */
export function foldExact(word: string): string {
  if (!NON_ASCII.test(word)) return word;
  return word.normalize('NFD').replace(COMBINING_MARKS, '').replace(APOSTROPHES, "'").normalize('NFC');
}

/**
 * A word token: a letter or digit, then letters, marks and digits, with inner apostrophes
 * ("Sjögren's") and a trailing possessive apostrophe ("patients'"). Hyphens and slashes split words.
 */
export const WORD_PATTERN =
  /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['\u2019][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*(?:['\u2019](?![\p{L}\p{N}]))?/gu;

/** Splits a term as written in the terminology into word keys (folded, or exact for abbreviations). */
export function termWords(term: string, caseSensitive: boolean): string[] {
  const words = term.match(WORD_PATTERN) ?? [];
  return words.map((w) => (caseSensitive ? foldExact(w) : foldWord(w)));
}

/** One key for a whole term, for uniqueness checks: "Guillain–Barré syndrome" -> "guillain barre syndrome". */
export function termKey(term: string, caseSensitive = false): string {
  return termWords(term, caseSensitive).join(' ');
}

/** The possessive-free stem of a folded word: "sjogren's" -> "sjogren", "patients'" -> "patients". */
export function stripPossessive(word: string): string | undefined {
  if (word.endsWith("'s") || word.endsWith("'S")) return word.slice(0, -2);
  if (word.endsWith("'")) return word.slice(0, -1);
  return undefined;
}

/** Candidate singular forms of a folded word, most likely first. */
export function singulars(word: string): string[] {
  const out: string[] = [];
  const lower = word.toLowerCase();
  if (lower.length > 4 && lower.endsWith('ies')) out.push(word.slice(0, -3) + 'y');
  if (lower.length > 3 && lower.endsWith('es')) out.push(word.slice(0, -2));
  if (lower.length > 2 && lower.endsWith('s') && !lower.endsWith('ss')) out.push(word.slice(0, -1));
  return out;
}
