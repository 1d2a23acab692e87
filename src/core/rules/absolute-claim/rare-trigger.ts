import type { Mention } from '../../matcher';
import type { TermIndex } from '../../terminology/term-index';
import type { Entry } from '../../terminology/types';
import { isCondition } from '../../claims/reader';
import { isNervousDisease } from '../../claims/pair-words';
import { REPORTED_BELIEF } from '../claims/reported';
import { sentencesAbout } from '../claims/sentences';
import { citation, findingSource } from '../claims/sources';
import type { Block, Report } from '../rule';
import { CAUSE_HEDGE, COMMON_LINK, DENIED_LINK, MYTH_LABEL, PLAIN_CAUSE, RARE_LINK, USUALLY_AFTER } from './cues';
import { asksQuestion } from '../../text/questions';

/** Only a few plain words between "usually follows" and the trigger: no other cause, list or clause before it. */
const DIRECTLY_AFTER = /^(?:\s+(?:the|a|an|patient|person|people|they|he|she|has|have|had|having|getting|receiving|recent|recently|their|his|her))*\s+$/i;
const EVIDENCE_WORDS = /\b(?:shown|proven|proved|found|established|evidence|known)\b/i;
/** "do not know whether vaccines cause it", "it is not clear if": an open question, not a denial. */
const OPEN_QUESTION = /\b(?:whether|if|know|sure|clear|certain)\b/i;

/** How near (in characters) the trigger must be to the words that deny or inflate the link. */
const NEAR = 60;

/**
 * A link between a disease and one of its `rareTriggers` denied outright ("GBS is not caused by
 * vaccines", "neither the flu vaccine nor any other vaccine is linked to it") or inflated ("vaccines
 * often cause GBS"), when the sentence names both. Quiet when the sentence already says the link is
 * rare or small, asks, reports a belief, or labels a myth.
 */
const LINK_PATTERNS = [DENIED_LINK, COMMON_LINK, PLAIN_CAUSE, USUALLY_AFTER];

export function rareTrigger(block: Block, terms: TermIndex, report: Report): void {
  const hasTriggers = (m: Mention): boolean => terms.get(m.termId)?.rareTriggers !== undefined;
  for (const { span, mentions } of sentencesAbout(block, hasTriggers, (m) => isCondition(m, terms), (m) => isNervousDisease(m, terms))) {
    const text = block.masked.slice(span.start, span.end);
    // Every finding below stands on one of these patterns: a sentence with none is passed over first.
    if (!LINK_PATTERNS.some((pattern) => pattern.test(text))) continue;
    if (asksQuestion(text) || REPORTED_BELIEF.test(text) || MYTH_LABEL.test(text) || RARE_LINK.test(text)) continue;
    const entry = terms.get(mentions.find(hasTriggers)!.termId)!;
    const named = block.mentionsIn(span.start, span.end);
    for (const fact of entry.rareTriggers!) {
      // A kind of the trigger counts as the trigger ("swine flu vaccine", a kind of influenza vaccine, a kind of vaccine), as do its other names.
      const ids = [fact.trigger, ...(fact.also ?? [])];
      const triggers = named.filter((m) => terms.isKindOf(m.termId, ids)).map((m) => m.offset - span.start);
      // A flat "is caused by" counts only in a sentence with no hedge at all.
      const plain = CAUSE_HEDGE.test(text) ? [] : ([[PLAIN_CAUSE, 'overstates']] as const);
      for (const [pattern, what] of [[DENIED_LINK, 'denies'], [COMMON_LINK, 'overstates'], ...plain] as const) {
        const m = pattern.exec(text);
        if (!m || !triggers.some((t) => t > m.index - NEAR && t < m.index + m[0].length + NEAR)) continue;
        // "have not been shown to cause" speaks of the evidence, not of the link itself.
        if (what === 'denies' && (EVIDENCE_WORDS.test(m[0]) || OPEN_QUESTION.test(m[0]))) continue;
        report(finding(block, entry, fact, span.start + m.index, m[0], what));
        break;
      }
      // "usually sets in after the patient has had an immunization": the trigger is what it usually follows.
      const after = USUALLY_AFTER.exec(text);
      const next = after ? triggers.find((t) => t >= after.index + after[0].length) : undefined;
      if (after && next !== undefined && DIRECTLY_AFTER.test(text.slice(after.index + after[0].length, next))) report(finding(block, entry, fact, span.start + after.index, after[0], 'overstates'));
    }
  }
}

function finding(block: Block, entry: Entry, fact: NonNullable<Entry['rareTriggers']>[number], offset: number, words: string, what: string) {
  const cite = citation(entry, fact.source);
  return {
    message: `"${words}" ${what} the link: for ${entry.preferred}, ${fact.note} (${cite.short}). Say that it can happen but is rare.`,
    offset,
    endOffset: offset + words.length,
    actual: block.text.slice(offset, offset + words.length),
    termId: entry.id,
    fixes: [],
    note: `Source: ${cite.full}`,
    sources: [findingSource(entry, fact.source)],
  };
}
