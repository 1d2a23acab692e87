/** A question that states what it asks about: "Did you know that chiropractors can treat lupus?" (not "...know whether..."). */
const RHETORICAL = /^\W*(?:did|do)\s+you\s+know\b(?!\s+(?:whether|if|how|what|why|when|where|which|who)\b)/i;

/**
 * Whether a sentence asks rather than states, so it makes no claim of the writer's: it ends with a
 * question mark and is not a "did you know" question, which presents its content as a fact.
 */
export function asksQuestion(sentence: string): boolean {
  const trimmed = sentence.trimEnd();
  return trimmed.endsWith('?') && !RHETORICAL.test(trimmed);
}
