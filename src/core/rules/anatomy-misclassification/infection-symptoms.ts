import type { Mention } from '../../matcher';
import type { TermIndex } from '../../terminology/term-index';
import type { RawFinding } from '../../types';
import type { Entry } from '../../terminology/types';
import { CONDITION_KINDS, isCondition } from '../../claims/pair-words';
import { REPORTED_BELIEF } from '../claims/reported';
import { sentencesAbout } from '../claims/sentences';
import { citation, findingSource } from '../claims/sources';
import type { Block } from '../rule';
import { asksQuestion } from '../../text/questions';

/** Words that list a condition's own symptoms: "symptoms include", "the first signs of GBS are", "a GBS patient can experience". */
const OWN_SYMPTOMS =
  /\b(?:(?:symptoms?|signs?)\b[^.;:!?]{0,30}?\b(?:include|includes|including|are|is|such as)|(?:can|may|might|will|often|usually|also)\s+(?:experience|have|get|develop|suffer\s+from)|experiences?)\b/gi;
/** Words that give the symptom to the infection before, or to another time: "after diarrhoea", "an infection that causes vomiting". */
const BEFORE_OR_ELSEWHERE = /\b(?:after|following|before|preceding|prior|preceded|infections?|infected|bacteri\w*|virus\w*|germs?|poisoning|bugs?|caused\s+by|triggered\s+by|earlier|days|weeks|first\s+had|not|no|never|rather|unlike)\b|n't\b/i;

/** Words after the symptom that put it in the time before: "diarrhoea a few weeks before", "vomiting beforehand". */
const AFTERWARDS_TIMED = /\b(?:before|beforehand|earlier|prior|previously|ago|preceded|first)\b/i;

/**
 * Symptoms of the infection that often comes before a condition listed as the condition's own (the
 * condition's `infectionSymptoms` fact): "The first symptoms of GBS are vomiting and diarrhoea", "A GBS
 * patient can experience diarrhoea". Quiet when the words give the symptom to the infection or to the
 * time before ("after a bout of diarrhoea", "an infection that causes vomiting"), when another condition
 * is named before it, and in questions and reported beliefs. Chunk-relative and pure.
 */
export function infectionSymptomFindings(block: Block, terms: TermIndex): RawFinding[] {
  const out: RawFinding[] = [];
  const hasFact = (m: Mention): boolean => terms.get(m.termId)?.infectionSymptoms !== undefined;
  for (const { span, mentions } of sentencesAbout(block, hasFact, (m) => isCondition(m, terms))) {
    const text = block.masked.slice(span.start, span.end);
    if (asksQuestion(text) || REPORTED_BELIEF.test(text)) continue;
    const entry = terms.get(mentions[0]!.termId)!;
    const fact = entry.infectionSymptoms!;
    const inSentence = block.mentionsIn(span.start, span.end);
    const symptom = inSentence.find((m) => fact.symptoms.includes(m.termId));
    if (!symptom) continue;
    const cue = lastCueBefore(block.masked.slice(span.start, symptom.offset));
    if (cue === undefined) continue;
    const gap = block.masked.slice(span.start + cue, symptom.offset);
    const otherCondition = inSentence.some((m) => m.offset < symptom.offset && m.termId !== entry.id && CONDITION_KINDS.has(terms.get(m.termId)?.kind ?? ''));
    // "... are tingling and weakness; some people had diarrhoea a few weeks before": the time may come after the symptom.
    const after = block.masked.slice(symptom.endOffset, span.end);
    if (/[;:]/.test(gap) || AFTERWARDS_TIMED.test(after) || BEFORE_OR_ELSEWHERE.test(gap) || BEFORE_OR_ELSEWHERE.test(block.masked.slice(span.start, span.start + cue)) || otherCondition) continue;
    out.push(infectionSymptomFinding(block, entry, symptom));
  }
  return out;
}

/** The finding for `symptom`, one of the symptoms of the infection before `entry`, given as the condition's own. */
export function infectionSymptomFinding(block: Block, entry: Entry, symptom: Mention): RawFinding {
  const fact = entry.infectionSymptoms!;
  const cite = citation(entry, fact.source);
  return {
    message: `"${symptom.text}" is listed as a symptom of ${entry.preferred}: ${fact.note.charAt(0).toLowerCase()}${fact.note.slice(1, -1)} (${cite.short}). Say the infection came before.`,
    offset: symptom.offset,
    endOffset: symptom.endOffset,
    actual: block.text.slice(symptom.offset, symptom.endOffset),
    termId: entry.id,
    fixes: [],
    severity: 'warning',
    note: `Source: ${cite.full}`,
    sources: [findingSource(entry, fact.source)],
  };
}

/** A symptom list item about the time before the illness: "Diarrhoea in the weeks before", "a stomach bug first". */
export function itemTimedBefore(item: string): boolean {
  return BEFORE_OR_ELSEWHERE.test(item) || AFTERWARDS_TIMED.test(item);
}

/** The end of the last "symptoms include"-like cue in `before`, or undefined. */
function lastCueBefore(before: string): number | undefined {
  let end: number | undefined;
  OWN_SYMPTOMS.lastIndex = 0;
  for (let m = OWN_SYMPTOMS.exec(before); m; m = OWN_SYMPTOMS.exec(before)) end = m.index + m[0].length;
  return end;
}
