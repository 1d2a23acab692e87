/**
 * A claim the writer reports as someone's belief rather than states: "I thought GBS was a brain
 * disease", "some families read that steroids help", "you may hear that...". Such sentences tell the
 * reader about a misconception (usually corrected next), so the claim rules leave them alone.
 * Authorities are left out on purpose: "doctors say that steroids help GBS" is still a claim.
 */
export const REPORTED_BELIEF =
  /\b(?:I|we)\s+(?:first\s+|once\s+|always\s+)?(?:thought|believed|assumed|guessed|was told|were told|had heard|had read)\b|\b(?:used to|might|may)\s+(?:think|believe|hear|read)\b|\b(?:read|heard|hear)\s+(?:online\s+|somewhere\s+|on \w+\s+)?that\b|\b(?:some|many|other)\s+(?:people|families|parents|websites|sites|friends|relatives|patients|forums|posts)\s+(?:still\s+|often\s+|wrongly\s+)?(?:say|said|think|thought|believe|believed|claim|claimed|read|assume)\b/i;

/** A sentence that calls what it says a myth or false ("It is a myth that nerves never heal"): a claim rule leaves it alone. */
export const MYTH_WORDS = /\b(?:myths?|false|wrong|untrue|not\s+true|mistaken)\b/i;

/**
 * True when `at` (or the first letter after it) lies inside a quotation that opened earlier in the same paragraph (`from` is the
 * paragraph's start) and has not closed: a passage quoted from an advertisement or a source is that
 * source's claim, not the writer's ("His ad states: "It is completely safe..."). Straight quotes
 * alternate; curly ones say which way they face.
 */
export function insideQuotation(text: string, from: number, at: number): boolean {
  // A sentence's opening quote mark belongs to the sentence: look from its first letter.
  while (at < text.length && !/\p{L}/u.test(text[at]!)) at++;
  let open = false;
  for (let i = from; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) open = !open;
    else if (c === 0x201c) open = true;
    else if (c === 0x201d) open = false;
  }
  return open;
}
