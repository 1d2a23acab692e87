import type { Mention } from '../../matcher';
import { isCondition, isNervousDisease } from '../../claims/pair-words';
import type { TermIndex } from '../../terminology/term-index';
import type { Entry } from '../../terminology/types';
import { contextOf, findTriggers } from '../../claims/context';
import { asksQuestion } from '../../text/questions';
import { REPORTED_BELIEF } from '../claims/reported';
import { STAND_IN_NOUNS, sentencesAbout } from '../claims/sentences';
import { citation, sourcedInfo } from '../claims/sources';
import type { Block, Report } from '../rule';
import { CAUSE_HEDGE, HEDGE, MYTH_LABEL, RARE_LINK } from './cues';

/** Between the germ and the illness: "Campylobacter jejuni causes GBS", "the bacteria which causes GBS". */
const GERM_CAUSES = /^\s*(?:[a-z]+\s+)?(?:bacteri(?:um|a)\s+|virus(?:es)?\s+)?(?:(?:which|that)\s+)?(?:causes?|leads?\s+to|results?\s+in)\s+(?:the\s+)?$/i;
/** Right after the illness: "-causing bacteria", "-causing virus". */
const CAUSING_GERM = /^-causing\s+(?:bacteri(?:um|a)|virus(?:es)?|germs?|infections?|pathogens?)\b/i;
/** Between the illness (or "It") and the germ: "MFS is an autoimmune disorder caused by an immune response to a viral infection", "GBS begins with a bacterial infection". */
const CAUSED_BY_GERM =
  /^\s*(?:\([^)]{0,40}\)\s*)?(?:(?:is|are)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:caused\s+by|the\s+result\s+of|due\s+to)|(?:begins|starts)\s+with)\s+(?:(?:an?|the|abnormal|autoimmune|immune|response|reaction|to|of)\s+){0,6}(?:[\w-]+\s+or\s+)?$/i;
/** A sentence that keeps the infection to some cases or frames it as what comes first, not the cause. */
const SOME_CASES = /\b(?:usually|often|typically|commonly|generally|mostly|most|tends?|frequently|after|following|preced\w*|one of|many|majority|believed|thought|suspected|outbreak|cluster|unknown|not (?:fully )?(?:known|understood)|exact cause)\b/i;
/** "It is caused by ...": the sentence's subject is the illness named before. */
const PRONOUN_SUBJECT = new RegExp(`^\\W*(?:it|this (?:[\\w-]+ )?${STAND_IN_NOUNS})\\b`, 'i');

/**
 * An infection given as the cause of every case of an illness whose facts say it is a trigger that many
 * but not all cases follow (`infectionTrigger`): "Campylobacter jejuni causes GBS", "GBS begins with a
 * bacterial or viral infection", "MFS is ... caused by an abnormal immune response to a viral
 * infection". Info: the link is real, the certainty is not. Quiet when the sentence hedges ("can",
 * "often", "one of"), speaks of cases, an outbreak or what comes after, asks, reports or labels a myth.
 */
export function triggerAsCause(block: Block, terms: TermIndex, report: Report): void {
  const hasTrigger = (m: Mention): boolean => terms.get(m.termId)?.infectionTrigger !== undefined;
  const isGerm = (m: Mention): boolean => terms.get(m.termId)?.implies === 'infection';
  for (const { span, mentions } of sentencesAbout(block, hasTrigger, (m) => isCondition(m, terms), (m) => isNervousDisease(m, terms))) {
    const text = block.masked.slice(span.start, span.end);
    if (asksQuestion(text) || REPORTED_BELIEF.test(text) || MYTH_LABEL.test(text)) continue;
    if (CAUSE_HEDGE.test(text) || HEDGE.test(text) || RARE_LINK.test(text) || SOME_CASES.test(text)) continue;
    const illness = mentions.find(hasTrigger)!;
    const at = causeWords(block, span, text, illness, block.mentionsIn(span.start, span.end).filter(isGerm));
    if (!at) continue;
    const context = contextOf(findTriggers(block.masked, span), at);
    if (!context.negated && context.attribution === 'writer') report(finding(block, terms.get(illness.termId)!, at.start, at.end));
  }
}

/** Where the sentence makes the germ the cause: from the germ to the illness, or from the illness (or "It") to the germ. */
function causeWords(block: Block, span: { start: number; end: number }, text: string, illness: Mention, germs: Mention[]): { start: number; end: number } | undefined {
  const named = illness.offset >= span.start && illness.offset < span.end;
  const before = named ? germs.find((g) => g.endOffset <= illness.offset && GERM_CAUSES.test(block.masked.slice(g.endOffset, illness.offset))) : undefined;
  if (before) return { start: before.offset, end: illness.endOffset };
  // "water found to contain GBS-causing bacteria": the germ named by the illness it is said to cause.
  const compound = named ? CAUSING_GERM.exec(block.masked.slice(illness.endOffset, span.end)) : null;
  if (compound) return { start: illness.offset, end: illness.endOffset + compound[0].length };
  const pronoun = named ? undefined : PRONOUN_SUBJECT.exec(text);
  const subject = named ? { start: illness.offset, end: illness.endOffset } : pronoun ? { start: span.start + pronoun[0].search(/\w/), end: span.start + pronoun[0].length } : undefined;
  const after = subject && germs.find((g) => g.offset >= subject.end && CAUSED_BY_GERM.test(block.masked.slice(subject.end, g.offset)));
  return subject && after ? { start: subject.start, end: after.endOffset } : undefined;
}

function finding(block: Block, entry: Entry, offset: number, endOffset: number) {
  const fact = entry.infectionTrigger!;
  const words = block.text.slice(offset, endOffset);
  const message = `"${words}" makes an infection the cause of every case of ${entry.preferred}, but ${fact.note} (${citation(entry, fact.source).short}). Say that it often follows an infection, or that an infection can trigger it.`;
  return sourcedInfo(entry, fact.source, message, { text: words, offset, endOffset });
}
