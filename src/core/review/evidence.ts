import type { TermIndex } from '../terminology/term-index';
import type { Entry } from '../terminology/types';
import type { Finding, FindingSource } from '../types';

/** What a reviewer needs beside a finding: the fact, the sources it rests on, and the entry it is about. */
export interface FindingEvidence {
  /** The finding's own evidence line (a verdict, a range, where a disease acts), when it has one. */
  fact?: string;
  sources: FindingSource[];
  entry?: Entry;
}

const SOURCE_NOTE = /^Source:\s/;
/** Categories whose findings compare the text with a medical fact, so the entry's sources back them. */
const FACT_CATEGORIES = new Set<string>(['anatomy-misclassification', 'treatment-claim', 'absolute-claim', 'numeric-claim', 'must-say']);

/**
 * The sources a finding rests on: those the rule named (a verdict's, a key number's), else, for a
 * claim about a fact, the entry's main source (the first with a link). Wording findings (spelling,
 * abbreviations, plain language) rest on their rule's documentation only.
 */
export function findingEvidence(finding: Finding, terms: TermIndex): FindingEvidence {
  const entry = finding.termId ? terms.get(finding.termId) : undefined;
  const fact = finding.note && !SOURCE_NOTE.test(finding.note) ? finding.note : undefined;
  let sources: FindingSource[] = [];
  if (finding.sources) sources = finding.sources.filter((s, i, all) => all.findIndex((t) => t.title === s.title) === i);
  else if (entry && FACT_CATEGORIES.has(finding.category)) {
    const main = entry.sources.find((s) => s.url) ?? entry.sources[0];
    if (main) sources = [{ title: main.title, ...(main.url ? { url: main.url } : {}) }];
  }
  return { ...(fact ? { fact } : {}), sources, ...(entry ? { entry } : {}) };
}

/** Where the sentence around [offset, endOffset) starts and ends, within its line and at most `reach` characters away. */
export function sentenceAround(text: string, offset: number, endOffset: number, reach = 240): { start: number; end: number } {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEndAt = text.indexOf('\n', endOffset);
  const lineEnd = lineEndAt < 0 ? text.length : lineEndAt;
  let start = Math.max(lineStart, offset - reach);
  for (let i = offset - 1; i > start; i--) {
    if (/[.!?]/.test(text[i - 1]!) && /\s/.test(text[i]!)) {
      start = i + 1;
      break;
    }
  }
  let end = Math.min(lineEnd, endOffset + reach);
  for (let i = Math.max(endOffset, offset + 1); i < end; i++) {
    if (/[.!?]/.test(text[i - 1]!) && /\s/.test(text[i]!)) {
      end = i;
      break;
    }
  }
  return { start, end: Math.max(end, Math.min(endOffset, lineEnd)) };
}
