import type { Mention } from '../matcher';
import type { ProseUnit } from '../markdown/prose';
import type { Entry } from '../terminology/types';

/** The parts of a block that decide whether an offset starts a sentence. */
export interface SentenceContext {
  masked: string;
  units: readonly ProseUnit[];
}

/** `text` with a capital first letter ("Guillain-Barré syndrome is ..." at a message start). */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `replacement` with a capital first letter when `original` starts with one (a word at a sentence start). */
export function matchCase(original: string, replacement: string): string {
  return /^\p{Lu}/u.test(original) ? capitalize(replacement) : replacement;
}

/** An all-capitals surface form such as "CIPD": its correction is the abbreviation, not the long name. */
const ABBREVIATION_LIKE = /^[\p{Lu}\p{N}-]{2,8}$/u;

/**
 * The text that should replace a mention: the preferred term (or, for a misspelled abbreviation,
 * the abbreviation), keeping a possessive or plural ending the writer used. With `context` the first
 * letter is capital only at the start of a sentence, heading or cell (unless the preferred term itself
 * starts with a capital); without it, a capital is kept when the writer used one.
 */
export function replacementFor(entry: Entry, mention: Mention, context?: SentenceContext): string {
  const abbreviation = ABBREVIATION_LIKE.test(mention.surface) ? closestAbbreviation(entry, mention.surface) : undefined;
  let text = abbreviation ?? entry.preferred;
  if (mention.plural) text += 's';
  if (mention.possessive) text += "'s";
  if (abbreviation) return text;
  const capital = context ? startsSentence(context, mention.offset) : /^\p{Lu}/u.test(mention.text);
  return capital ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/**
 * The long form followed by the abbreviation, as AMA style asks at first use:
 * "chronic inflammatory demyelinating polyneuropathy (CIDP)". Capitalized at a sentence start. An
 * eponym takes the possessive form when the document writes eponyms that way (`possessive`).
 */
export function expansionFor(entry: Entry, abbreviation: string, offset: number, context: SentenceContext, possessive = false): string {
  const name = possessive && entry.possessive ? entry.possessive : entry.preferred;
  const text = `${name} (${abbreviation})`;
  return startsSentence(context, offset) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** The entry's abbreviation spelled with the same letters as `surface` ("CIPD" -> "CIDP"), else its first one. */
function closestAbbreviation(entry: Entry, surface: string): string | undefined {
  const abbreviations = entry.abbreviations ?? [];
  const key = [...surface].sort().join('');
  return (abbreviations.find((a) => [...a.abbr].sort().join('') === key) ?? abbreviations[0])?.abbr;
}

/**
 * True when `offset` begins a sentence: the first word of its unit (paragraph, heading, cell) or the
 * first word after `.`, `!` or `?`. Opening quotes, brackets and blanked Markdown are skipped.
 */
export function startsSentence(context: SentenceContext, offset: number): boolean {
  const unit = context.units.find((u) => u.start <= offset && offset < u.end);
  const floor = unit ? unit.start : 0;
  let i = offset - 1;
  while (i >= floor && /[\s"'“‘(\[*_]/u.test(context.masked[i]!)) i--;
  if (i < floor) return true;
  while (i >= floor && /["'”’)\]*_]/u.test(context.masked[i]!)) i--;
  // A capital after a colon opens a sentence too ("EDITOR'S NOTE: Peripheral neuropathy is...").
  return i >= floor && /[.!?:]/.test(context.masked[i]!);
}
