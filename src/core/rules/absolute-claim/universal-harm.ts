import type { Mention } from '../../matcher';
import type { TermIndex } from '../../terminology/term-index';
import { isCondition } from '../../claims/reader';
import { REPORTED_BELIEF } from '../claims/reported';
import { sentencesAbout } from '../claims/sentences';
import { citation, findingSource } from '../claims/sources';
import type { Block, Report } from '../rule';
import { HEDGE, NEGATION, PROPORTION, TYPICAL_HEDGE, UNIVERSAL_HARM, UNIVERSAL_ONSET, WORST_CASE_HEDGE } from './cues';

/**
 * One pattern of an illness stated as what happens to everyone who has it, read against the entry's
 * facts that say it varies: the worst outcome ("GBS ... eventually leading to muscular paralysis",
 * `severityVaries`) and where weakness starts ("GBS always starts in the feet", `onsetVaries`). Quiet
 * when the clause hedges ("can", "in severe cases", "usually", "some"), denies, reports a belief, or asks.
 */
/** Each "it varies" fact with the words that state one pattern as universal, what may hedge them, and the advice. */
const UNIVERSALS: ReadonlyArray<{ fact: 'severityVaries' | 'onsetVaries'; pattern: RegExp; hedge: RegExp; states: string; advice: string }> = [
  { fact: 'severityVaries', pattern: UNIVERSAL_HARM, hedge: WORST_CASE_HEDGE, states: 'the worst outcome', advice: 'Say "can lead to" or "in severe cases".' },
  { fact: 'onsetVaries', pattern: UNIVERSAL_ONSET, hedge: TYPICAL_HEDGE, states: 'one pattern', advice: 'Say "usually" or "often".' },
];

export function universalHarm(block: Block, terms: TermIndex, report: Report): void {
  const varies = (m: Mention): boolean => UNIVERSALS.some((u) => terms.get(m.termId)?.[u.fact] !== undefined);
  for (const { span, mentions } of sentencesAbout(block, varies, (m) => isCondition(m, terms))) {
    const text = block.masked.slice(span.start, span.end);
    if (text.trimEnd().endsWith('?') || REPORTED_BELIEF.test(text)) continue;
    const entry = terms.get(mentions.find(varies)!.termId)!;
    for (const u of UNIVERSALS) {
      const fact = entry[u.fact];
      const m = fact && u.pattern.exec(text);
      if (!fact || !m) continue;
      const before = text.slice(0, m.index);
      const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf(' – '), before.lastIndexOf(' — ')) + 1) + m[0];
      if (HEDGE.test(clause) || u.hedge.test(clause) || NEGATION.test(clause) || PROPORTION.test(text)) continue;
      const cite = citation(entry, fact.source);
      const offset = span.start + m.index;
      report({
        message: `"${m[0]}" states ${u.states} as what always happens; for ${entry.preferred}, ${fact.note} (${cite.short}). ${u.advice}`,
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
}
