import type { Mention } from '../../matcher';
import type { TermIndex } from '../../terminology/term-index';
import { REPORTED_BELIEF } from '../claims/reported';
import { sentencesAbout } from '../claims/sentences';
import { citation, findingSource } from '../claims/sources';
import type { Block, Report } from '../rule';
import { HEDGE, NEGATION, PROPORTION, UNIVERSAL_HARM, WORST_CASE_HEDGE } from './cues';

/**
 * The worst outcome of an illness stated as what happens to everyone who has it ("GBS ... eventually
 * leading to muscular paralysis", "which leads to complete paralysis"), read against the entry's
 * `severityVaries` fact. Quiet when the clause hedges ("can", "in severe cases", "some"), denies,
 * reports a belief, or asks.
 */
export function universalHarm(block: Block, terms: TermIndex, report: Report): void {
  const varies = (m: Mention): boolean => terms.get(m.termId)?.severityVaries !== undefined;
  for (const { span, mentions } of sentencesAbout(block, varies)) {
    const text = block.masked.slice(span.start, span.end);
    if (text.trimEnd().endsWith('?') || REPORTED_BELIEF.test(text)) continue;
    const m = UNIVERSAL_HARM.exec(text);
    if (!m) continue;
    const before = text.slice(0, m.index);
    const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')) + 1) + m[0];
    if (HEDGE.test(clause) || WORST_CASE_HEDGE.test(clause) || NEGATION.test(clause) || PROPORTION.test(text)) continue;
    const entry = terms.get(mentions[0]!.termId)!;
    const fact = entry.severityVaries!;
    const cite = citation(entry, fact.source);
    const offset = span.start + m.index;
    report({
      message: `"${m[0]}" states the worst outcome as what always happens; for ${entry.preferred}, ${fact.note} (${cite.short}). Say "can lead to" or "in severe cases".`,
      offset,
      endOffset: offset + m[0].length,
      actual: block.text.slice(offset, offset + m[0].length),
      termId: entry.id,
      fixes: [],
      note: `Source: ${cite.full}`,
      sources: [findingSource(entry, fact.source)],
    });
  }
}
