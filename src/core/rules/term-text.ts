import type { Mention } from '../matcher';
import type { Entry } from '../terminology/types';

/**
 * The text that should replace a mention: the preferred term, keeping a possessive or plural
 * ending the writer used, and a capital first letter at the start of a sentence.
 */
export function replacementFor(entry: Entry, mention: Mention): string {
  let text = entry.preferred;
  if (mention.plural) text += 's';
  if (mention.possessive) text += "'s";
  const startsUpper = /^\p{Lu}/u.test(mention.text);
  return startsUpper ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
