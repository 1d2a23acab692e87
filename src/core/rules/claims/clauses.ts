import type { Span } from '../../text/sentences';

/**
 * Words and marks that start a new clause with its own claim: a contrast ("but", "unlike",
 * "whereas"), a semicolon or a dash. Claim rules pair a subject with a predicate only inside one
 * clause, which is what keeps "steroids help CIDP but not GBS" from reading as a claim about GBS.
 */
const CLAUSE_BREAK =
  /;|\s[\u2013\u2014]\s|\s-\s|\b(?:but|however|whereas|while|unlike|although|though|except|instead of|rather than|in contrast to|as opposed to|compared with|compared to)\b/giu;

/**
 * The clauses of `text` between `start` and `end`, as absolute spans. Always returns at least one
 * span when the range is not empty; never throws.
 */
export function splitClauses(text: string, start: number, end: number): Span[] {
  const slice = text.slice(start, end);
  const spans: Span[] = [];
  let from = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(slice); m; m = CLAUSE_BREAK.exec(slice)) {
    if (m.index > from) spans.push({ start: start + from, end: start + m.index });
    from = m.index;
    // Keep the contrast word with the clause it opens, so "but not GBS" stays negated.
    if (m[0] === ';' || m[0].trim() !== m[0]) from = m.index + m[0].length;
  }
  if (from < slice.length) spans.push({ start: start + from, end });
  // "While X has been used for LEMS for decades, it did not obtain approval until recently": the main
  // clause after a leading subordinate one is a clause of its own, so its negation is not the other's.
  return spans.flatMap((span) => {
    const lead = SUBORDINATE.exec(text.slice(span.start, span.end));
    return lead ? [{ start: span.start, end: span.start + lead[0].length }, { start: span.start + lead[0].length, end: span.end }] : [span];
  });
}

/** A clause opened by a subordinating word, up to the comma before the main clause's subject ("While X, it ..."). */
const SUBORDINATE = /^\s*(?:while|although|though|whereas)\b[^,;]*?,(?=\s+(?:it|they|this|these|he|she|we|you|I|there|its|their|his|her|our|the|most|many|some|doctors|patients|people)\b)/iu;

/** The clause in `clauses` that contains `offset`, or undefined. */
export function clauseAt(clauses: readonly Span[], offset: number): Span | undefined {
  return clauses.find((c) => offset >= c.start && offset < c.end);
}
