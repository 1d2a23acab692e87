import { blockPromises, type RemedyPromise } from '../claims/promises';
import {
  ABSOLUTE_CUES,
  CLAUSE_BREAK,
  DOUBLE_NEGATIVE_BEFORE,
  HEALTH_WORD,
  HEDGE,
  MYTH_LABEL,
  NAMED_SOURCE,
  NEGATION,
  PROPORTION,
  QUICK_CUE,
  type AbsoluteCue,
} from './absolute-claim/cues';
import { insideQuotation } from './claims/reported';
import { findFigures } from './numeric-claim/figures';
import { rareTrigger } from './absolute-claim/rare-trigger';
import { triggerAsCause } from './absolute-claim/trigger-as-cause';
import { universalHarm } from './absolute-claim/universal-harm';
import { ruleOut } from './absolute-claim/rule-out';
import { noRegrowth } from './absolute-claim/no-regrowth';
import { notShownToWork, works } from '../terminology/evidence';
import type { TermIndex } from '../terminology/term-index';
import type { Entry } from '../terminology/types';
import { oncePerPlace } from './once-per-place';
import type { Block, BlockRule, Report, RuleEnv } from './rule';
import { matchCase } from './term-text';

/**
 * Absolute promises about outcomes or treatments ("IVIG cures CIDP", "always works", "100% effective"),
 * the worst outcome of a disease stated as universal where its facts say severity varies, and a rare
 * trigger of a disease denied or called common,
 * with hedged wording suggested. Quiet on negated, hedged and questioning text ("there is no cure",
 * "IVIG does not always work", "Can CIDP be cured?"), on myths stated to be rejected ("Myth: ...") and on
 * sentences that are not about health.
 */
export const absoluteClaim: BlockRule = {
  id: 'absolute-claim',
  category: 'absolute-claim',
  defaultSeverity: 'warning',
  summary: 'Flags absolute promises about outcomes or treatments (cure, always, never, 100%, proven) and suggests hedged wording.',
  scope: 'block',
  check(block, env, reportAll) {
    // One finding per place: "In neuropathy, the damage is permanent" is both a lasting harm and one course for every case.
    const report = oncePerPlace(reportAll);
    // First, so that its sourced finding takes the place of the general "never" one.
    noRegrowth(block, env.terms, report);
    for (const unit of block.units) {
      if (!QUICK_CUE.test(block.masked.slice(unit.start, unit.end))) continue;
      const sentences = block.sentences(unit);
      sentences.forEach((sentence, i) => {
        const text = block.masked.slice(sentence.start, sentence.end);
        if (!QUICK_CUE.test(text) || MYTH_LABEL.test(text)) return;
        if (isQuestion(text) && !answeredYes(block.masked, sentences[i + 1])) return;
        if (!aboutHealth(block, sentence) && !(PRONOUN_START.test(text) && i > 0 && aboutHealth(block, sentences[i - 1]!))) return;
        // A sentence inside a quoted passage is the quoted source's claim ("His ad states: "It is completely safe...").
        if (insideQuotation(block.masked, unit.start, sentence.start)) return;
        if (!ANY_CUE.test(text)) return;
        const taken: Array<[number, number]> = [];
        for (const cue of ABSOLUTE_CUES) checkCue(block, cue, text, sentence.start, taken, report, env);
      });
    }
    universalHarm(block, env.terms, report);
    rareTrigger(block, env.terms, report);
    triggerAsCause(block, env.terms, report);
    ruleOut(block, env.terms, report);
  },
};

/**
 * Matches where some cue matches (the cues have no back-references, so each alternative reads as its cue does): one
 * scan passes over the sentences that hold a quick-cue word ("will", "only", "safe"...) but no cue, most of them,
 * instead of one scan per cue.
 */
const ANY_CUE = new RegExp(ABSOLUTE_CUES.map((cue) => `(?:${cue.pattern.source})`).join('|'), 'i');

/**
 * What research is said to show is a share in the cause, not a proof of benefit: "studies have shown that factors such as
 * genetics and environment play a role", "that it is linked to smoking".
 */
const SHOWN_TO_CONTRIBUTE = /^\s+(?:that\s+)?[^.;:!?]{0,80}?\b(?:factors\s+such\s+as|play\s+(?:a|some)\s+(?:part|role)|contribute\s+to|(?:is|are)\s+(?:linked|associated)\s+with|raises?\s+the\s+risk)\b/i;

/** What research is said to show, opening with a quantifier short of most: "that many individuals", "some patients". */
const SOME_PEOPLE_SHOWN = /^\s+(?:that\s+)?(?:many|some|a\s+few|several|certain)\b/i;

/** "It is 100% safe." takes its subject from the sentence before. */
const PRONOUN_START = /^\W*(?:it|they|this|these|that)\b/i;

function aboutHealth(block: Block, sentence: { start: number; end: number }): boolean {
  return HEALTH_WORD.test(block.masked.slice(sentence.start, sentence.end)) || block.mentionsIn(sentence.start, sentence.end).length > 0;
}

function isQuestion(sentence: string): boolean {
  return /\?["'”’)]*$/.test(sentence);
}

/** A question answered "Yes" in the next sentence asserts what it asks ("Can diet cure neuropathy? Yes, ..."). */
function answeredYes(masked: string, next: { start: number; end: number } | undefined): boolean {
  return next !== undefined && /^\W*yes\b/i.test(masked.slice(next.start, next.end));
}

/** Reports the cue's matches in one sentence; `taken` keeps two cues from flagging the same words. */
/** A sentence opening with "No ..." denies all of it: "No supplement is intended to treat, cure or prevent disease" (not "No matter ..."). */
const SENTENCE_NEGATED = /^\W*(?:no(?!\s+(?:matter|doubt|wonder|question))|none|nothing|nobody|neither)\s/i;
/** A disclaimer denies its whole list, however long: "not intended or designed to diagnose, prevent, treat or provide a cure". */
const DISCLAIMER = /\bnot\s+(?:\w+\s+){0,3}?(?:intended|designed|meant)\b(?![^.;:!?]*\b(?:but|however|yet)\b)/i;
/** Words that define a term: what follows describes the term, it does not promise an outcome. */
const DEFINES = /\b(?:refers? to|is defined as|are defined as|by definition|is when|means that)\b/i;

/** A treatment named just before the words does what they say: "IVIG repairs the nerves" (not "after IVIG, the body repairs"). */
function treatmentActs(block: Block, base: number, start: number, env: RuleEnv): boolean {
  const last = block.mentionsIn(base, base + start).filter((m) => env.terms.get(m.termId)?.kind === 'treatment').pop();
  return last !== undefined && ACTS_NEXT.test(block.masked.slice(last.endOffset, base + start));
}
/** Up to two words between the treatment and its verb, none of them another actor. */
const ACTS_NEXT = /^\s*(?:\((?:[^()]{1,20})\)\s*)?(?:(?!(?:body|bodies|nerves?|system|cells?|it|they|patients?|people)\b)[\w-]+\s+){0,2}$/i;

function checkCue(
  block: Block,
  cue: AbsoluteCue,
  sentence: string,
  base: number,
  taken: Array<[number, number]>,
  report: Report,
  env: RuleEnv,
): void {
  const { terms } = env;
  cue.pattern.lastIndex = 0;
  for (let m = cue.pattern.exec(sentence); m; m = cue.pattern.exec(sentence)) {
    const words = m[1] ?? m[0];
    const start = m.index + m[0].indexOf(words);
    const end = start + words.length;
    if (taken.some(([s, e]) => start < e && end > s) || (cue.alone && taken.length > 0)) continue;
    if (cue.notAfter?.test(sentence.slice(0, start)) || (cue.onlyAfter && !cue.onlyAfter.test(sentence.slice(0, start)) && !treatmentActs(block, base, start, env))) continue;
    // "Always ask..." and "Never ignore..." open advice, not a promise.
    if (cue.adverb && !/\p{L}/u.test(sentence.slice(0, start))) continue;
    const clause = clauseAround(sentence, start, end);
    const negatable = cue.negatedBefore ? clauseAround(sentence, start, end, true) : clause;
    const hedged = cue.hedgedBySentence ? HEDGE.test(sentence) || PROPORTION.test(sentence) : HEDGE.test(clause);
    // "No treatment is without side effects", "IVIG is not completely safe": a negated negative cue says there are risks.
    if (cue.negative && DOUBLE_NEGATIVE_BEFORE.test(sentence.slice(0, start))) continue;
    if (hedged || (!cue.negative && (NEGATION.test(negatable) || SENTENCE_NEGATED.test(sentence) || DISCLAIMER.test(sentence.slice(0, start))))) continue;
    // "Monophasic CIDP refers to a case that never recurs" says what a name means, not what will happen.
    if (DEFINES.test(sentence.slice(0, start))) continue;
    if (cue.uncitedAuthority && (paragraphNamesSource(block, base) || promisesRemedy(block, base, env))) continue;
    // "Research shows that many people with fibromyalgia ...": a finding about some people, hedged by its own quantifier.
    if (cue.uncitedAuthority && (SOME_PEOPLE_SHOWN.test(sentence.slice(end)) || SHOWN_TO_CONTRIBUTE.test(sentence.slice(end)))) continue;
    if (cue.uncitedAuthority && (backedByVerdict(block, base, base + sentence.length, terms) || earnedByPronoun(block, base, sentence.slice(0, start), terms))) continue;
    // "Research shows that 85% recover": numeric-claim asks for the figure's source, which is the same request.
    if (cue.uncitedAuthority && findFigures(block.masked, base, base + sentence.length).some((f) => !f.vague && f.kind !== 'duration')) continue;
    if (cue.quietWhenBacked && (earnedInSentence(block, base, base + sentence.length, terms) || earnedByPronoun(block, base, sentence.slice(0, start), terms))) continue;
    // "Lyme disease is a bacterial infection and it is curable": a cure the terminology's source states.
    if (cue.quietWhenCurable && curedCondition(block, base, base + start, base + sentence.length, terms)?.curable !== undefined) continue;
    if (cue.yieldsToTreatmentClaim && promiseOn(block, base + start, base + end, env)) continue;
    taken.push([start, end]);
    const fix = cue.fixes?.[words.toLowerCase().replace(/\s+/g, ' ')];
    const fixStart = fix === '' ? start - 1 : start;
    report({
      ...(cue.uncitedAuthority ? { severity: 'info' as const } : {}),
      message: `"${words}" ${cue.why}; ${cue.suggestion}.`,
      offset: base + start,
      endOffset: base + end,
      actual: block.text.slice(base + start, base + end),
      termId: null,
      fixes:
        fix === undefined
          ? []
          : [
              {
                offset: base + fixStart,
                endOffset: base + end,
                newText: matchCase(words, fix),
                title: fix ? `Change to "${fix}"` : `Remove "${words}"`,
              },
            ],
    });
  }
}

/** A short hedge between commas: "and in some cases,", "sometimes,", "for a few people,". */
const HEDGE_ASIDE = /^\s*(?:(?:and|or|but)\s+)?(?:in\s+(?:some|many|a\s+few|rare|certain)\s+(?:cases|people|patients)|sometimes|occasionally|for\s+(?:some|a\s+few)(?:\s+people|\s+patients)?)\s*,\s*$/i;

/**
 * The clause around [start, end), without those words: from the previous clause break to the next
 * one; with `beforeOnly`, just the part before the words.
 */
function clauseAround(sentence: string, start: number, end: number, beforeOnly = false): string {
  let from = 0;
  let previous = 0;
  let to = sentence.length;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence); m; m = CLAUSE_BREAK.exec(sentence)) {
    if (m.index + m[0].length <= start) [previous, from] = [from, m.index + m[0].length];
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  // "can be treated, and in some cases, cured": a hedge set off by commas just before belongs to this clause.
  if (HEDGE_ASIDE.test(sentence.slice(previous, from))) from = previous;
  return beforeOnly ? sentence.slice(from, start) : `${sentence.slice(from, start)} ${sentence.slice(end, to)}`;
}

/** The promises treatment-claim reports in the block for treatments outside mainstream care; none when it is off. */
function treatmentPromises(block: Block, env: RuleEnv): readonly RemedyPromise[] {
  // The rule id and its category are both "treatment-claim".
  return env.settings.rules['treatment-claim'] === 'off' ? [] : blockPromises(block, env.terms);
}

/** Treatment-claim reports a promise on these words. */
function promiseOn(block: Block, start: number, end: number, env: RuleEnv): boolean {
  return treatmentPromises(block, env).some((p) => p.offset < end && start < p.endOffset);
}

/**
 * The sentence at `start` makes a promise for a treatment outside mainstream care: treatment-claim,
 * unless it is switched off, reports it, unnamed studies included, as one finding.
 */
function promisesRemedy(block: Block, start: number, env: RuleEnv): boolean {
  return treatmentPromises(block, env).some((p) => p.sentence.start <= start && start < p.sentence.end);
}

/**
 * The sentence itself pairs a treatment with a disease it is rated first-line or effective for, and
 * no treatment in it with a disease it fails in or is unproven for ("the only infusion medicine proven to treat GBS is
 * IVIG", but not "plasma exchange is a proven option for MMN when IVIG stops working").
 */
function earnedInSentence(block: Block, start: number, end: number, terms: TermIndex): boolean {
  const named = namedEntries(block, start, end, terms);
  const treatments = named.filter((e) => e.kind === 'treatment');
  if (earned(treatments, named, terms)) return true;
  // "Treatment for CIDP includes steroids. Alternatively, IVIG has been proven to be effective": the disease is the
  // one the paragraph named before, when the sentence names none of its own.
  if (treatments.length === 0 || named.some((e) => e.kind === 'disease' || e.kind === 'variant')) return false;
  const unit = block.units.find((u) => u.start <= start && start < u.end);
  return unit !== undefined && earned(treatments, namedEntries(block, unit.start, start, terms), terms);
}

/** Some treatment is rated first-line or effective for some disease among `named`, and none fails in or is unproven for one. */
function earned(treatments: readonly Entry[], named: readonly Entry[], terms: TermIndex): boolean {
  const diseases = named.filter((e) => e.kind === 'disease' || e.kind === 'variant');
  const statuses = treatments.flatMap((t) => diseases.map((d) => terms.evidence(d.id, t.id)?.status));
  return statuses.some(works) && !statuses.some(notShownToWork);
}

/** A pronoun before the words that stands for the treatment of the sentence before: "it has been proven to be effective", "its effectiveness". */
const TREATMENT_PRONOUN = /\b(?:it|its|they|their|this|these)(?:\s+(?:treatment|therapy|medicine|drug|infusion)s?)?\b/i;

/**
 * "Immunoglobulin therapy helps. ... it has been proven to be a safe and effective therapy" with CIDP
 * named: the pronoun stands for the last treatment the paragraph named before the sentence, and that
 * treatment is rated first-line or effective for a disease named in the paragraph so far.
 */
function earnedByPronoun(block: Block, base: number, before: string, terms: TermIndex): boolean {
  if (!TREATMENT_PRONOUN.test(before) || namedEntries(block, base, base + before.length, terms).some((e) => e.kind === 'treatment')) return false;
  const unit = block.units.find((u) => u.start <= base && base < u.end);
  if (!unit) return false;
  const earlier = namedEntries(block, unit.start, base + before.length, terms);
  const treatment = earlier.filter((e) => e.kind === 'treatment').pop();
  return treatment !== undefined && earned([treatment], earlier, terms);
}

/**
 * The sentence names a treatment that the terminology rates first-line or effective for a disease named
 * in the same chunk ("IVIG has been shown to help CIDP"): the evidence exists, so the appeal is not empty.
 */
function backedByVerdict(block: Block, start: number, end: number, terms: TermIndex): boolean {
  // The disease is often named a sentence or two before ("CIDP is rare. Regular IVIG has been shown to...").
  const diseases = namedEntries(block, 0, block.masked.length, terms);
  return namedEntries(block, start, end, terms).some(
    (treatment) => treatment.kind === 'treatment' && diseases.some((disease) => works(terms.evidence(disease.id, treatment.id)?.status)),
  );
}

/**
 * The condition a cure word speaks of: the last one named before it in the sentence, else the first after it.
 * A class it is called ("a bacterial infection") names no condition of its own.
 */
function curedCondition(block: Block, start: number, at: number, end: number, terms: TermIndex): Entry | undefined {
  const conditions = block.mentionsIn(start, end).filter((m) => terms.get(m.termId)?.kind === 'disease' && terms.get(m.termId)?.implies === undefined);
  const named = conditions.filter((m) => m.offset < at).pop() ?? conditions.find((m) => m.offset >= at);
  return named && terms.get(named.termId);
}

/** The terminology entries named in [start, end) of `block`. */
function namedEntries(block: Block, start: number, end: number, terms: TermIndex): Entry[] {
  return block.mentionsIn(start, end).map((m) => terms.get(m.termId)).filter((e) => e !== undefined);
}

/** The paragraph around `offset` (chunk-relative) names a source a reader can follow. */
function paragraphNamesSource(block: Block, offset: number): boolean {
  const unit = block.units.find((u) => u.start <= offset && offset < u.end);
  return unit !== undefined && NAMED_SOURCE.test(block.text.slice(unit.start, unit.end));
}
