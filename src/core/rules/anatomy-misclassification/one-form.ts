import type { Mention } from '../../matcher';
import type { TermIndex } from '../../terminology/term-index';
import type { RawFinding } from '../../types';
import { isCondition, isNervousDisease } from '../../claims/pair-words';
import { REPORTED_BELIEF } from '../claims/reported';
import { sentencesAbout } from '../claims/sentences';
import { citation, sourcedInfo } from '../claims/sources';
import type { Block } from '../rule';
import { asksQuestion } from '../../text/questions';

/** The myelin named as what the illness destroys: "destroys the myelin sheath", "the insulation ... is destroyed". */
const MYELIN = /\b(?:myelin(?:\s+sheaths?)?|insulation|(?:protective\s+|fatty\s+)?(?:coating|covering|sheath)s?)\b/i;
const DAMAGE = /\b(?:destroy\w*|damag\w*|attack\w*|affect(?:s|ed|ing)?|strip\w*|break\w*\s+down|erod\w*|demyelinat\w*|wear\w*\s+away)\b/i;
/** Words that name the other forms, or make the myelin the usual target rather than the only one ("the insulation around nerve fibres" names the myelin's place, not the fibre as a target). */
const OTHER_FORMS =
  /\b(?:axons?|(?<!\b(?:around|surrounding|covering|protecting|insulating|coats?|wraps?|on)\s+(?:the\s+)?)nerve fib(?:er|re)s?|neurons?\s+directly|(?:or|and\/or|and sometimes|as well as)\s+(?:the\s+)?(?:nerves?|nerve cells)|most common|commonest|usually|often|mostly|mainly|typically|commonly|generally|in (?:this|one|some|the (?:most )?common) forms?|forms?|types?|variants?|subtypes?|can|may|might|some)\b/i;

/** The illness classed as demyelinating: "is a demyelinating condition", "is an inflammatory demyelinating disease". */
const DEMYELINATING_CLASS = /(?<=\b(?:is|are)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?)demyelinating\s+(?:condition|disease|disorder|illness|process)\b/i;

const FORM_WORDS = /\b(?:forms?|types?|variants?|subtypes?|kinds?)\b/i;

/**
 * Words that make the myelin the target in every case. Without one, "the immune system attacks the
 * myelin" is the patient-level account of the common form: of the editors who marked such sentences in
 * real articles, more called them correct than incomplete.
 */
const EVERY_CASE = /\b(?:always|only|in (?:all|every) (?:cases?|forms?|patients?|people)|in everyone|every (?:case|patient|form))\b/i;

/**
 * A condition whose facts say its forms damage different parts of the nerve (`damageVaries`: GBS has
 * demyelinating and axonal forms), described as always destroying the myelin: "In GBS the immune system
 * always destroys the myelin sheath", "GBS only damages the myelin". Info: the sentence leaves out forms rather than
 * misplacing the illness. Quiet when the sentence names the axons or the other forms, hedges, or
 * names another condition. Chunk-relative and pure.
 */
export function oneFormFindings(block: Block, terms: TermIndex): RawFinding[] {
  const out: RawFinding[] = [];
  const varies = (m: Mention): boolean => terms.get(m.termId)?.damageVaries !== undefined;
  for (const { unit, span, mentions } of sentencesAbout(block, varies, (m) => isCondition(m, terms), (m) => isNervousDisease(m, terms))) {
    const text = block.masked.slice(span.start, span.end);
    if (asksQuestion(text) || REPORTED_BELIEF.test(text) || OTHER_FORMS.test(text)) continue;
    // "GBS has several types; the most common ... It results in damage to the myelin": "It" is that form.
    const carried = !block.mentionsIn(span.start, span.end).some(varies);
    if (carried && FORM_WORDS.test(block.masked.slice(unit.start, span.start))) continue;
    const entry = terms.get(mentions.find(varies)!.termId)!;
    if (block.mentionsIn(span.start, span.end).some((m) => isCondition(m, terms) && m.termId !== entry.id)) continue;
    // "Guillain Barré is a demyelinating condition": the whole illness classed by one form's damage.
    const classed = DEMYELINATING_CLASS.exec(text);
    const myelin = classed ?? MYELIN.exec(text);
    if (!myelin || (!classed && (!DAMAGE.test(text) || !EVERY_CASE.test(text)))) continue;
    const fact = entry.damageVaries!;
    const offset = span.start + myelin.index;
    const message = `"${myelin[0]}" describes every case of ${entry.preferred}, but ${fact.note} (${citation(entry, fact.source).short}). Say "in its most common form", or name both.`;
    out.push(sourcedInfo(entry, fact.source, message, { text: block.text.slice(offset, offset + myelin[0].length), offset, endOffset: offset + myelin[0].length }));
  }
  return out;
}
