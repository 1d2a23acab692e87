import type { Block } from '../rules/rule';
import type { TermIndex } from '../terminology/term-index';
import type { Entry, TreatmentEvidence } from '../terminology/types';
import { contextOf, findTriggers } from './context';
import { isCondition } from './reader';
import { asksQuestion } from '../text/questions';

/**
 * Treatment said not to exist: "there is no treatment for", "doctors have nothing to offer", "doctors can do
 * nothing for", "medicine has no good answer for",
 * "cannot be treated", "no medication helps" (see also `ONLY_CARE` and `WITHOUT_CARE`). A cure is another matter (many of these conditions
 * have none), so the words stop at treatment.
 */
const NO_CARE =
  /\b(?:there (?:is|are) no (?:known |effective |proven |real |medical |available |good )?(?:treatments?|therap(?:y|ies)|medications?|medicines?|drugs?|way to treat(?: it)?)|(?:has|have|offers?) nothing to offer|(?:can|could) do nothing (?:for|about)|(?:has|have|offers?) no (?:good |real |effective )?(?:answers?|solutions?) (?:for|to)|(?:can ?not|can['’]t|could not) be (?:satisfactorily |effectively |successfully |properly |adequately |really )?treated|(?:is|are) (?:untreatable|not treatable)|no (?:treatments?|therap(?:y|ies)|medications?|drugs?) (?:works?|helps?|exists?|(?:is|are) available))\b/i;
/**
 * One treatment given as all there is: "Physical therapy is the only treatment for GBS", "The only
 * option is rest". A denial of care when the treatments named are not the proven ones.
 */
const ONLY_CARE = /\b(?:is|are)\s+the\s+only\s+(?:real\s+|available\s+|known\s+)?(?:treatments?|therap(?:y|ies)|options?|cure)\b|\bthe\s+only\s+(?:real\s+|available\s+|known\s+)?(?:treatments?|therap(?:y|ies)|options?)\s+(?:for\s+[^.;:]{1,60}?\s+)?(?:is|are)\b/i;

/**
 * Treatment said to make no difference: "GBS goes away over time with or without medication". Said of a condition with
 * proven treatment it denies that care works; "some people with mild GBS recover without treatment" is hedged.
 */
const WITHOUT_CARE =
  /\b(?:goes?\s+away|go(?:es)?\s+into\s+remission|resolves?|clears?\s+up|recovers?|gets?\s+better|heals?)\b[^.;:]{0,40}?\b(?:with\s+or\s+without|even\s+without|regardless\s+of)\s+(?:any\s+)?(?:treatment|medication|medicine|therapy|drugs)\b/i;

/** Words after the cue that narrow the denial to something true: a cure, a need, one specific or approved kind, an exception. */
const NARROWED = /^[^.;:]*?\b(?:cures?|curing|needed|necessary|required|specific|approved|licensed|except|other than|apart from|besides|but|yet|for now|at home|without)\b/i;
/** What follows "no treatment": a purpose or relative clause narrows it ("no treatment to repair nerves"), and "for" names what has none. */
const NARROWING_CLAUSE = /^\s*(?:to|that|which|who)\b/i;
const FOR_TARGET = /^\s*for\s+/i;
/** "for it", "for this condition": the paragraph's condition named again. */
const REFERS_BACK = /^(?:it|them|this|these|that|(?:the|this|these) (?:condition|disease|disorder|illness|syndrome|neuropathy|patients?|people))\b/i;

const PEOPLE_WITH = /^(?:\s*\b(?:people|patients|persons?|those|anyone|someone|children|adults|who|with|have|has|had|most|all|any|many|kinds?|types?|forms?|cases?|of|the|a|an)\b)*\s*$/i;

/** Words that make recovery without treatment true of some people: "mild cases", "some people", "many". */
const SOME_CASES = /\b(?:some|many|most|mild(?:er)?|a few|certain|often|usually|sometimes|can|may|might|in rare cases)\b/i;

/** Words before the cue that narrow it the same way: "no specific", "there is no single". */
const NARROWED_BEFORE = /\b(?:specific|single|one|approved|licensed|curative|new)\s*$/i;

/** A sentence denying that a condition with proven treatment can be treated. */
export interface CareDenial {
  condition: Entry;
  /** Verdicts that say a treatment works, strongest evidence (guideline, trial) only, each with the entry that states it. */
  proven: Array<{ evidence: TreatmentEvidence; holder: Entry }>;
  text: string;
  offset: number;
  endOffset: number;
}

/**
 * Every sentence in `block` that says a condition cannot be treated where its facts hold a
 * first-line or effective treatment backed by a guideline or a trial ("There is no treatment for
 * Guillain-Barré syndrome"). Hedged, reported, historical, denied and asked claims are not the
 * writer's; a sentence naming two conditions, or none in a paragraph naming two, is left alone.
 * Chunk-relative offsets; never throws.
 */
export function readCareDenials(block: Block, terms: TermIndex): CareDenial[] {
  const out: CareDenial[] = [];
  const conditionsIn = (from: number, to: number): string[] => [...new Set(block.mentionsIn(from, to).filter((m) => isCondition(m, terms)).map((m) => m.termId))];
  for (const unit of block.units) {
    // A sentence names one condition, or none and goes on about the one its paragraph names ("It cannot be treated").
    const unitText = block.masked.slice(unit.start, unit.end);
    if (!NO_CARE.test(unitText) && !ONLY_CARE.test(unitText) && !WITHOUT_CARE.test(unitText)) continue;
    const paragraph = conditionsIn(unit.start, unit.end);
    if (paragraph.length === 0) continue;
    for (const sentence of block.sentences(unit)) {
      const text = block.masked.slice(sentence.start, sentence.end);
      const none = NO_CARE.exec(text);
      const only = none ? null : ONLY_CARE.exec(text);
      const without = none || only ? null : WITHOUT_CARE.exec(text);
      const cue = none ?? only ?? without;
      if (!cue || asksQuestion(text)) continue;
      const named = conditionsIn(sentence.start, sentence.end);
      const about = named.length > 0 ? named : paragraph;
      if (about.length !== 1) continue;
      const condition = terms.get(about[0]!)!;
      const proven = terms
        .verdicts(condition)
        .filter(({ evidence: v }) => (v.status === 'first-line' || v.status === 'effective') && (v.evidence === 'guideline' || v.evidence === 'rct'));
      if (proven.length === 0) continue;
      const start = sentence.start + cue.index;
      const end = start + cue[0].length;
      const denies = only ? namesOtherCare(block, sentence, proven, terms) : without ? !SOME_CASES.test(text) : deniesAllCare(block, text, cue, end, condition.id);
      if (!denies) continue;
      const context = contextOf(findTriggers(block.masked, sentence), { start, end });
      // "no treatment" carries its own negation; "not the only treatment" takes the denial back.
      if ((only && context.negated) || context.certainty === 'hedged' || context.attribution !== 'writer' || context.timing) continue;
      out.push({ condition, proven, text: block.text.slice(start, end), offset: start, endOffset: end });
    }
  }
  return out;
}

/** "the only treatment" denies care only when the treatments the sentence names are not the proven ones. */
function namesOtherCare(block: Block, sentence: { start: number; end: number }, proven: CareDenial['proven'], terms: TermIndex): boolean {
  const treatments = block.mentionsIn(sentence.start, sentence.end).filter((m) => terms.get(m.termId)?.kind === 'treatment');
  const provenIds = new Set(proven.map(({ evidence }) => evidence.treatment));
  return treatments.length > 0 && !treatments.some((m) => provenIds.has(m.termId));
}

/** "There is no treatment" not narrowed to something true ("no specific treatment", "no treatment for the numbness"). */
function deniesAllCare(block: Block, text: string, cue: RegExpExecArray, end: number, conditionId: string): boolean {
  const after = text.slice(cue.index + cue[0].length);
  if (NARROWED.test(after) || NARROWED_BEFORE.test(text.slice(0, cue.index)) || NARROWING_CLAUSE.test(after)) return false;
  // "no treatment for the numbness" is about a symptom: "for" must name the condition or refer back to it.
  const target = FOR_TARGET.exec(after);
  return !target || forCondition(block, end + target[0].length, conditionId, after.slice(target[0].length));
}

/** The words after "for" at `at` name `conditionId`, or refer back to it, or name the people who have it. */
function forCondition(block: Block, at: number, conditionId: string, rest: string): boolean {
  if (REFERS_BACK.test(rest)) return true;
  const next = block.mentions.find((m) => m.offset >= at);
  if (!next || next.termId !== conditionId) return false;
  // Only words about who has it may come first: "for people with GBS", "for most kinds of CIDP".
  return PEOPLE_WITH.test(block.masked.slice(at, next.offset));
}
