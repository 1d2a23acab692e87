import type { Mention } from '../../matcher';
import { contextOf, findTriggers } from '../../claims/context';
import { isCondition, isNervousDisease } from '../../claims/pair-words';
import type { TermIndex } from '../../terminology/term-index';
import type { RawFinding } from '../../types';
import { asksQuestion } from '../../text/questions';
import { REPORTED_BELIEF } from '../claims/reported';
import { sentencesAbout } from '../claims/sentences';
import { citation, sourcedInfo } from '../claims/sources';
import type { Block } from '../rule';

/** The sentence lists the condition's own symptoms: "symptoms of GBS are", "a GBS patient can experience". */
const OWN_SYMPTOMS_AFTER = /^\s*(?:\([^)]{0,20}\)\s*)?(?:patients?|sufferers?|symptoms?)?\s*(?:can\s+|may\s+|will\s+|often\s+|usually\s+)?(?:experiences?|symptoms?\s+(?:include|are)|include|includes|are|is)\b/i;
const OWN_SYMPTOMS_BEFORE = /\b(?:initial|first|early|common|main|typical)?\s*(?:symptoms?|signs)\s+of\s+(?:the\s+)?$/i;
/**
 * Words that place the gut symptoms before the illness or in the infection ("after diarrhoea", "the infection
 * causes"), or in the illness's effect on the nerves of the gut ("when it affects the autonomic nerves,
 * symptoms can include diarrhoea or constipation").
 */
const BEFORE_OR_INFECTION = /\b(?:autonomic|dysautonomia|constipation|bowel|after|following|preced\w*|before|prior|earlier|triggers?|triggered|infections?|bacteri(?:a|um)|virus|food poisoning|pathogens?|contaminat\w*|caused by|bouts?|outbreak)\b/i;

/**
 * Symptoms of the infection that often comes before an illness listed as the illness's own symptoms
 * (`infectionSymptoms`): "The initial symptoms of GBS are vomiting and diarrhea", "Symptoms include
 * vomiting, diarrhea, tingling and weakness in the legs". Read only where the sentence names the
 * illness as the one with the symptoms, or mixes the gut symptoms with other symptoms in one list.
 * Info. Quiet where the sentence puts them before the illness or in the infection ("after diarrhoea",
 * "Campylobacter causes diarrhoea"), and for denied, hedged-away, reported and asked sentences.
 */
export function infectionSymptomFindings(block: Block, terms: TermIndex): RawFinding[] {
  const out: RawFinding[] = [];
  const hasFact = (m: Mention): boolean => terms.get(m.termId)?.infectionSymptoms !== undefined;
  for (const { span, mentions } of sentencesAbout(block, hasFact, (m) => isCondition(m, terms), (m) => isNervousDisease(m, terms))) {
    const text = block.masked.slice(span.start, span.end);
    if (asksQuestion(text) || REPORTED_BELIEF.test(text) || BEFORE_OR_INFECTION.test(text)) continue;
    const illness = mentions.find(hasFact)!;
    const entry = terms.get(illness.termId)!;
    const fact = entry.infectionSymptoms!;
    const inside = block.mentionsIn(span.start, span.end);
    const gut = inside.filter((m) => fact.symptoms.includes(m.termId));
    if (gut.length === 0) continue;
    const named = illness.offset >= span.start && illness.offset < span.end;
    const ownList =
      named && (OWN_SYMPTOMS_AFTER.test(block.masked.slice(illness.endOffset, gut[0]!.offset)) || OWN_SYMPTOMS_BEFORE.test(block.masked.slice(span.start, illness.offset)));
    // "Symptoms include vomiting, diarrhea, tingling and weakness": the gut symptoms in one list with the illness's own.
    const mixed = inside.some((m) => terms.get(m.termId)?.kind === 'symptom' && !fact.symptoms.includes(m.termId) && !isCondition(m, terms));
    if (!ownList && !mixed) continue;
    const first = gut[0]!;
    const context = contextOf(findTriggers(block.masked, span), { start: first.offset, end: first.endOffset });
    if (context.negated || context.attribution !== 'writer') continue;
    const words = block.text.slice(first.offset, first.endOffset);
    const message = `"${words}" is listed as a symptom of ${entry.preferred}, but ${fact.note} (${citation(entry, fact.source).short}). Say that it can come before ${entry.preferred}, as part of the infection.`;
    out.push(sourcedInfo(entry, fact.source, message, { text: words, offset: first.offset, endOffset: first.endOffset }));
  }
  return out;
}
