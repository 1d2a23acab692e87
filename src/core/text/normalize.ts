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
  // Greek plural of an inflammation word: "vasculitides" -> "vasculitis".
  if (lower.length > 8 && lower.endsWith('itides')) out.push(word.slice(0, -4) + 'is');
  if (lower.length > 4 && lower.endsWith('ies')) out.push(word.slice(0, -3) + 'y');
  if (lower.length > 3 && lower.endsWith('es')) out.push(word.slice(0, -2));
  if (lower.length > 2 && lower.endsWith('s') && !lower.endsWith('ss')) out.push(word.slice(0, -1));
  return out;
}

/**
 * One key for British and American spellings of a folded word, used on both the data and the text:
 * "anaemia"/"anemia", "oedema"/"edema", "fibre"/"fiber", "tumour"/"tumor". Only endings and digraphs
 * that do not turn one common English word into another ("shoe" keeps its "oe").
 */
export function spellingKey(word: string): string {
  let key = word.includes('ae') ? word.replace(/ae/g, 'e') : word;
  if (key.startsWith('oe') || key.includes('oeli') || key.includes('foet')) key = key.replace(/oe/g, 'e');
  if (key.length >= 5 && /[bt]re$/.test(key)) key = `${key.slice(0, -2)}er`;
  if (key.length >= 6 && key.endsWith('our')) key = `${key.slice(0, -3)}or`;
  return key;
}

/**
 * The singular of a listed multi-word or long plural form ("pain relievers" -> "pain reliever",
 * "tendon reflexes" -> "tendon reflex", "extremities" -> "extremity"), or undefined when its last word
 * does not look like a regular plural ("diabetes" and "-ss", "-us", "-is" words are left alone).
 */
export function singularOfListed(words: readonly string[]): string[] | undefined {
  const last = words[words.length - 1];
  if (!last || last.length < 5 || !last.endsWith('s') || /(?:ss|us|is|ous|etes)$/.test(last)) return undefined;
  const one = last.endsWith('ies') ? `${last.slice(0, -3)}y` : /(?:xes|ches|shes)$/.test(last) ? last.slice(0, -2) : last.slice(0, -1);
  return [...words.slice(0, -1), spellingKey(one)];
}
