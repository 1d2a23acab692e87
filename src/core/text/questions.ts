/** A question that states what it asks about: "Did you know that chiropractors can treat lupus?" (not "...know whether..."). */
const RHETORICAL = /^\W*(?:did|do)\s+you\s+know\b(?!\s+(?:whether|if|how|what|why|when|where|which|who)\b)/i;

/** A question quoted inside a sentence: "I will address the question “can laser therapy help neuropathy?”, ...". */
const QUOTED_QUESTION = /[“"‘]([^“”"‘’\n]{1,200}?\?)[”"’]/g;

/** Whether `offset` (into `text`) lies inside a quoted question, which asks what it says rather than stating it. */
export function inQuotedQuestion(text: string, start: number, end: number, offset: number): boolean {
  for (const m of text.slice(start, end).matchAll(QUOTED_QUESTION)) {
    if (offset >= start + m.index && offset < start + m.index + m[0].length) return true;
  }
  return false;
}

/**
 * Whether a sentence asks rather than states, so it makes no claim of the writer's: it ends with a
 * question mark and is not a "did you know" question, which presents its content as a fact.
 */
export function asksQuestion(sentence: string): boolean {
  const trimmed = sentence.trimEnd();
  return trimmed.endsWith('?') && !RHETORICAL.test(trimmed);
}
