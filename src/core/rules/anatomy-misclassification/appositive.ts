import type { Mention } from '../../matcher';
import type { Entry } from '../../terminology/types';
import { NEUROMUSCULAR_CLAIM, NEUROMUSCULAR_TEXT, RESTATED, SITE_CLAIMS, SITE_TEXT } from './cues';

/** A comma, then a determiner: the start of a noun phrase that renames the disease. */
const OPENER = /^\s*(?:\([^()]{0,60}\)\s*)?,\s*(?=(?:another|a|an|one|the)\s)/i;
/** Where the appositive noun phrase ends. */
const SEGMENT_END = /[,.;:!?()]|\s[\u2013\u2014-]\s/;
/**
 * What may follow the claim inside the noun phrase: nothing, a relative clause or a participle.
 * Anything else ("If you have MS, a neuropathy is unlikely") means the noun phrase is the subject
 * of the next clause, not a second name for the disease.
 */
const TAIL_OK =
  /^\s*(?:$|(?:that|which|who|whose|where|in which|caused by|affecting|involving|marked by|characteri[sz]ed by|seen in|found in|common in|mostly|mainly|usually|often)\b)/i;
/** The name is one item of a list or the object of a comparison ("CIDP, MS, a neuropathy from diabetes, and..."). */
const LISTED_BEFORE = /(?:,|\b(?:and|or|like|unlike|such as|including|includes?|than|versus|vs\.?))\s*$/i;
const LIST_AFTER = /^,\s*(?:and|or|nor|as well as|&)\s/i;

/**
 * "Multiple sclerosis, another autoimmune peripheral neuropathy." and "GBS, a disease of the
 * brain, ...": an appositive right after a disease name (and any abbreviation in brackets) that
 * places it on the wrong side of the nervous system. The noun phrase is read as "is <phrase>" with
 * the site's own predicates. Offsets are chunk-relative; `end` is the sentence end.
 */
export function appositiveClaim(text: string, sentenceStart: number, end: number, mention: Mention, entry: Entry): string | undefined {
  if (LISTED_BEFORE.test(text.slice(sentenceStart, mention.offset))) return undefined;
  const after = text.slice(mention.endOffset, end);
  const opener = OPENER.exec(after);
  if (!opener) return undefined;
  const segment = after.slice(opener[0].length);
  const stop = SEGMENT_END.exec(segment);
  const phrase = `is ${stop ? segment.slice(0, stop.index) : segment}`;
  if (stop && LIST_AFTER.test(segment.slice(stop.index))) return undefined;
  if (entry.site === 'central' && !entry.neuromuscular && claimsWithTail(NEUROMUSCULAR_CLAIM, phrase)) return NEUROMUSCULAR_TEXT;
  const claims = SITE_CLAIMS[entry.site] ?? [];
  const restated = RESTATED.exec(phrase);
  const relative = restated ? phrase.slice(restated[0].length) : undefined;
  const says = claims.some((p) => claimsWithTail(p, phrase) || (relative !== undefined && p.test(relative)));
  return says ? SITE_TEXT[entry.site] : undefined;
}

function claimsWithTail(pattern: RegExp, phrase: string): boolean {
  const m = pattern.exec(phrase);
  return m !== null && TAIL_OK.test(phrase.slice(m[0].length));
}
