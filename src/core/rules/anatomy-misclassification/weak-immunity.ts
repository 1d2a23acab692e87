import type { Mention } from '../../matcher';
import { contextOf, findTriggers } from '../../claims/context';
import { isCondition } from '../../claims/pair-words';
import type { TermIndex } from '../../terminology/term-index';
import type { Entry } from '../../terminology/types';
import type { RawFinding } from '../../types';
import { immuneSentences } from './immune-sentences';
import { sourcedWarning } from '../claims/sources';
import type { Block } from '../rule';

/** A weak immune system: "low immunity", "a weakened immune system", "which weakens the immune system". */
const WEAK_IMMUNITY =
  /\b(?:(?:weak|weakened|low|lowered|poor|reduced|compromised|suppressed)\s+(?:immunity|immune\s+(?:systems?|defen[cs]es))|weaken(?:s|ed|ing)?\s+(?:the\s+|your\s+|their\s+|a\s+person['’]s\s+)?(?:immunity|immune\s+system))\b/gi;

/**
 * An immune-mediated condition blamed on a weak immune system: "low immunity increases the chances
 * of GBS", "GBS appears after an infection, which weakens the immune system". In these conditions the
 * immune system is not weak but misdirected: it attacks the body's own nerves. Quiet where the sentence
 * names a treatment (immune-suppressing drugs do weaken it), an infection risk, or another condition
 * (HIV weakens the immune system), and for denied, hedged, reported and asked sentences.
 */
export function weakImmunityFindings(block: Block, terms: TermIndex): RawFinding[] {
  const out: RawFinding[] = [];
  // An infection is the usual trigger, not another condition: "after a viral infection, which weakens the immune system" still blames it.
  const otherCondition = (m: Mention): boolean => isCondition(m, terms) && terms.get(m.termId)?.immuneMediated !== true && terms.get(m.termId)?.implies !== 'infection';
  for (const { span, mentions, text, inside } of immuneSentences(block, terms)) {
    if (inside.some((m) => terms.get(m.termId)?.kind === 'treatment' || otherCondition(m))) continue;
    for (const weak of text.matchAll(WEAK_IMMUNITY)) {
      const at = { offset: span.start + weak.index, endOffset: span.start + weak.index + weak[0].length };
      // "a weakened immune system makes infections more likely": the risk is of infection, not of the condition.
      if (INFECTION_RISK.test(text.slice(weak.index + weak[0].length))) continue;
      const context = contextOf(findTriggers(block.masked, span), { start: at.offset, end: at.endOffset });
      if (context.negated || context.certainty === 'hedged' || context.attribution !== 'writer') continue;
      out.push(weakFinding(block, terms.get(mentions[0]!.termId)!, at));
      break;
    }
  }
  return out;
}

/** What the weak immune system is said to lead to, when it is an infection: "...makes you prone to infections". */
const INFECTION_RISK = /^[^.;:]{0,40}\b(?:prone|risk|likely|susceptib\w*|vulnerable|catch(?:es|ing)?|fight(?:ing)?\s+off|harder)\b[^.;:]{0,30}\b(?:infections?|germs?|viruses|bacteria|illness(?:es)?)\b/i;

function weakFinding(block: Block, condition: Entry, at: { offset: number; endOffset: number }): RawFinding {
  const text = block.text.slice(at.offset, at.endOffset);
  const message = `"${text}" blames a weak immune system, but in ${condition.preferred} the immune system is not weak: it attacks the body's own nerves by mistake, often after an infection. Say the immune response is misdirected.`;
  return sourcedWarning(condition, condition.immuneSource ?? condition.sources[0]!.id, message, { text, ...at }, condition.id);
}
