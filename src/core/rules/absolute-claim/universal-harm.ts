import type { Mention } from '../../matcher';
import type { TermIndex } from '../../terminology/term-index';
import { isCondition } from '../../claims/reader';
import { isNervousDisease } from '../../claims/pair-words';
import { REPORTED_BELIEF } from '../claims/reported';
import { sentencesAbout } from '../claims/sentences';
import { citation, sourcedFinding } from '../claims/sources';
import type { Entry } from '../../terminology/types';
import type { Block, Report } from '../rule';
import {
  COURSE_HEDGE,
  DEATH_DENIED,
  DEATH_HEDGE,
  HEDGE,
  ILLNESS_CLAUSE,
  INCAPACITY_HEDGE,
  INCAPACITY_SUBJECT,
  MOST_LEFT,
  USUALLY_LEFT,
  NEGATION,
  PROGRESSIVE_ILLNESS,
  PROPORTION,
  RELATIVE_CLAUSE,
  TYPICAL_HEDGE,
  UNIVERSAL_DECLINE,
  UNIVERSAL_HARM,
  UNIVERSAL_INCAPACITY,
  UNIVERSAL_ONSET,
  WORST_CASE_HEDGE,
} from './cues';
import { asksQuestion } from '../../text/questions';

/** The words matched sit in an open "if" or "unless" clause: no comma has closed it before them. */
const SUPPOSED = /\b(?:if|unless)\b[^,;]*$/i;

/** Nothing hedges "most people are left paralysed" but the general hedges. */
const NO_HEDGE = /(?!)/;

/**
 * One pattern of an illness stated as what happens to everyone who has it, read against the entry's
 * facts that say it varies: the worst outcome ("GBS ... eventually leading to muscular paralysis",
 * `severityVaries`), where weakness starts ("GBS always starts in the feet", `onsetVaries`) and the course
 * ("Neuropathy is a progressive disease", `courseVaries`); and a
 * poor outcome said of most people where most recover ("Most people with GBS are left paralysed",
 * `mostRecover`). Quiet
 * when the clause hedges ("can", "in severe cases", "usually", "some"), denies, reports a belief, or asks.
 */
interface StatedFact {
  note: string;
  source: string;
}

/** Each fact with the words that contradict it, what may hedge them, and the advice. */
const UNIVERSALS: ReadonlyArray<{ fact: (entry: Entry) => StatedFact | undefined; pattern: RegExp; subject?: RegExp; hedge: RegExp; says: string; advice: string; ownNegation?: boolean; aboutMost?: boolean }> = [
  { fact: (e) => e.severityVaries, pattern: UNIVERSAL_HARM, hedge: WORST_CASE_HEDGE, says: 'states the worst outcome as what always happens', advice: 'Say "can lead to" or "in severe cases".' },
  // "The patient cannot move, breathe, or eat without assistance": the worst case said of everyone who has it.
  { fact: (e) => e.severityVaries, pattern: UNIVERSAL_INCAPACITY, subject: INCAPACITY_SUBJECT, hedge: INCAPACITY_HEDGE, says: 'says everyone who has it loses that ability', advice: 'Say "some people" or "in severe cases", and how many.', ownNegation: true },
  { fact: (e) => e.onsetVaries, pattern: UNIVERSAL_ONSET, hedge: TYPICAL_HEDGE, says: 'states one pattern as what always happens', advice: 'Say "usually" or "often".' },
  { fact: (e) => e.courseVaries, pattern: UNIVERSAL_DECLINE, hedge: COURSE_HEDGE, says: 'states one course as what always happens', advice: 'Say which kinds get worse, and that many improve when the cause is treated.', ownNegation: true },
  // "GBS is a progressive disease": an acute illness comes on over days to weeks and then stops getting worse.
  { fact: (e) => (e.course?.pace === 'acute' ? e.course : undefined), pattern: PROGRESSIVE_ILLNESS, hedge: COURSE_HEDGE, says: 'calls it an illness that keeps getting worse', advice: 'Say that it worsens over days to weeks and then stops.', ownNegation: true },
  { fact: (e) => e.mostRecover, pattern: MOST_LEFT, hedge: NO_HEDGE, says: 'says most people do not recover', advice: 'Say how many people recover and how long it can take.', aboutMost: true },
  { fact: (e) => e.mostRecover, pattern: USUALLY_LEFT, hedge: NO_HEDGE, says: 'says most people do not recover', advice: 'Say how many people recover and how long it can take.', aboutMost: true },
  // "GBS is not a life-threatening disease": the entry's mortality range says some people die of it.
  { fact: deaths, pattern: DEATH_DENIED, hedge: DEATH_HEDGE, says: 'says nobody dies of it', advice: 'Say that most people survive, and that it can be fatal.', ownNegation: true },
];

/** The entry's mortality figure in words, when the source gives one above zero. */
function deaths(entry: Entry): StatedFact | undefined {
  const n = entry.numbers?.find((x) => x.id === 'mortality' && x.unit === 'percent' && x.min > 0);
  return n && { note: `it can be fatal: the ${n.label} is ${n.min}% to ${n.max}%`, source: n.source };
}

/** Whether one of the universals has a fact of the entry to check against; asked for every mention of every block, so kept per entry. */
const CHECKABLE = new WeakMap<Entry, boolean>();
function checkable(entry: Entry): boolean {
  let found = CHECKABLE.get(entry);
  if (found === undefined) CHECKABLE.set(entry, (found = UNIVERSALS.some((u) => u.fact(entry) !== undefined)));
  return found;
}

export function universalHarm(block: Block, terms: TermIndex, report: Report): void {
  const varies = (m: Mention): boolean => {
    const entry = terms.get(m.termId);
    return entry !== undefined && checkable(entry);
  };
  for (const { span, mentions } of sentencesAbout(block, varies, (m) => isCondition(m, terms), (m) => isNervousDisease(m, terms))) {
    const text = block.masked.slice(span.start, span.end);
    const entry = terms.get(mentions.find(varies)!.termId)!;
    // Whether the sentence asks or reports a belief (then it claims nothing) is read once a pattern matches: most sentences match none.
    let unclaimed: boolean | undefined;
    for (const u of UNIVERSALS) {
      const fact = u.fact(entry);
      const m = fact && u.pattern.exec(text);
      if (!fact || !m) continue;
      if ((unclaimed ??= asksQuestion(text) || REPORTED_BELIEF.test(text))) break;
      const before = text.slice(0, m.index);
      if (u.subject && !u.subject.test(before)) continue;
      const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf(' – '), before.lastIndexOf(' — ')) + 1) + m[0];
      // A share ("10% are left disabled") is a figure, which numeric-claim reads; "most" is the claim here.
      // "CIDP, a peripheral neuropathy, is progressive" is about CIDP, whose course the fact does not cover.
      if (u.ownNegation && block.mentionsIn(span.start, span.end).some((n) => n.termId !== entry.id && isCondition(n, terms))) continue;
      const denied = u.ownNegation ? NEGATION.test(clause.slice(0, -m[0].length)) || (RELATIVE_CLAUSE.test(clause) && !ILLNESS_CLAUSE.test(clause)) : NEGATION.test(clause);
      // "If neuropathy cannot be cured, treatment aims to..." supposes the case; it does not state it.
      if (SUPPOSED.test(clause.slice(0, -m[0].length))) continue;
      if (HEDGE.test(clause) || u.hedge.test(clause) || denied || (!u.aboutMost && PROPORTION.test(text))) continue;
      const offset = span.start + m.index;
      const at = { text: block.text.slice(offset, offset + m[0].length), offset, endOffset: offset + m[0].length };
      report(sourcedFinding(entry, fact.source, `"${m[0]}" ${u.says}; for ${entry.preferred}, ${fact.note} (${citation(entry, fact.source).short}). ${u.advice}`, at));
    }
  }
}
