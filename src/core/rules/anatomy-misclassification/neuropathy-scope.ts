import type { Mention } from '../../matcher';
import { isNeuropathyConcept, type TermIndex } from '../../terminology/term-index';
import { isCondition } from '../../claims/reader';
import type { RawFinding } from '../../types';
import { REPORTED_BELIEF } from '../claims/reported';
import { sentencesAbout } from '../claims/sentences';
import { citation, sourcedWarning } from '../claims/sources';
import type { Block } from '../rule';
import { asksQuestion } from '../../text/questions';

/**
 * The name defined as any illness: "is any disease", "describes any condition that", "is a term used to describe any
 * condition in which". Only "any" makes it wrong: "a disorder of the nervous system" is loose, not false.
 */
const ANY_ILLNESS =
  /^\s*(?:[)”"’']\s*)?(?:is|means|describes|refers\s+to|covers)\b(?:\s+[\w-]+){0,5}?\s+(any|every|all)\s+(?:kinds?\s+of\s+|types?\s+of\s+|sorts?\s+of\s+)?(?:[\w-]+\s+)?(?:diseases?|disorders?|conditions?|illness(?:es)?|problems?|damage)\b/i;

/** Parts that make "any illness of ..." the whole nervous system or its central part rather than the peripheral nerves. */
const WHOLE_OR_CENTRAL = new Set(['nervous-system', 'neuron', 'brain', 'spinal-cord', 'central-nervous-system']);

/** A sentence that names the peripheral part itself is read as right: "any disorder of the peripheral nerves", "the nerves outside the brain". */
const PERIPHERAL_WORD = /\b(?:peripheral|outside|beyond)\b/i;

/** "attacks the entire nervous system", "affects your whole nervous system": the brain and spinal cord included. */
const WHOLE_SYSTEM =
  /\b(?:attack(?:s|ed|ing)?|affect(?:s|ed|ing)?|damag(?:e|es|ed|ing)|target(?:s|ed|ing)?|invad(?:e|es|ed|ing)|spread(?:s|ing)?\s+(?:through(?:out)?|to))\s+(?:the\s+|an?\s+)?(?:(?:individual|person|patient|body)['’]s\s+|your\s+|their\s+|his\s+|her\s+)?(entire|whole)\s+nervous\s+system\b/i;

/**
 * "Neuropathy is any disease of the nervous system", "The term neuropathy describes any condition that destroys
 * the nerve cells": a neuropathy concept defined as any illness of the whole nervous system, its nerve cells or
 * the brain and spinal cord. Its site fact (the peripheral nerves) is in the terminology. Chunk-relative and pure.
 */
export function neuropathyScopeFindings(block: Block, terms: TermIndex): RawFinding[] {
  const out: RawFinding[] = [...wholeSystemFindings(block, terms)];
  const concept = (m: Mention): boolean => {
    const entry = terms.get(m.termId);
    return entry !== undefined && isNeuropathyConcept(entry);
  };
  for (const { span, mentions } of sentencesAbout(block, concept)) {
    const text = block.masked.slice(span.start, span.end);
    if (PERIPHERAL_WORD.test(text.replace(/\bperipheral neuropath\w*/gi, '')) || asksQuestion(text) || REPORTED_BELIEF.test(text)) continue;
    // The name must be written in the sentence: a sentence that goes on about it ("It can occur anywhere") defines nothing.
    const subject = mentions.find((m) => concept(m) && m.offset >= span.start);
    if (!subject) continue;
    const entry = terms.get(subject.termId)!;
    const any = ANY_ILLNESS.exec(block.masked.slice(subject.endOffset, span.end));
    if (!any || !entry.siteSource) continue;
    const from = subject.endOffset + any.index + any[0].indexOf(any[1]!);
    const part = block.mentionsIn(from, span.end).find((m) => WHOLE_OR_CENTRAL.has(m.termId));
    if (!part) continue;
    const at = { text: block.text.slice(from, part.endOffset), offset: from, endOffset: part.endOffset };
    const cite = citation(entry, entry.siteSource).short;
    out.push(sourcedWarning(entry, entry.siteSource, `"${at.text}" stretches ${entry.preferred} to every illness of the nervous system: it is damage to the peripheral nerves, outside the brain and spinal cord (${cite}).`, at, entry.id));
  }
  return out;
}

/**
 * "It attacks the individual's entire nervous system" said of a condition of the peripheral nerves (Guillain-Barré
 * syndrome, CIDP): the whole system takes in the brain and spinal cord, which its site fact leaves out. The condition
 * may be named in the sentence or be the one the paragraph or its heading is about. Chunk-relative and pure.
 */
function wholeSystemFindings(block: Block, terms: TermIndex): RawFinding[] {
  const out: RawFinding[] = [];
  const peripheral = (m: Mention): boolean => {
    const entry = terms.get(m.termId);
    return entry !== undefined && entry.site === 'peripheral' && ['disease', 'variant'].includes(entry.kind) && entry.siteSource !== undefined;
  };
  for (const { span, mentions } of sentencesAbout(block, peripheral, (m) => isCondition(m, terms))) {
    const text = block.masked.slice(span.start, span.end);
    const whole = WHOLE_SYSTEM.exec(text);
    if (!whole || asksQuestion(text) || REPORTED_BELIEF.test(text) || NEGATED.test(text.slice(0, whole.index))) continue;
    // The condition named last before the words (in the sentence, or the one it goes on about) must be the peripheral one.
    const nearest = [...mentions, ...block.mentionsIn(span.start, span.start + whole.index)].filter((m) => isCondition(m, terms) && m.offset < span.start + whole.index).sort((a, b) => b.offset - a.offset)[0];
    const subject = nearest && peripheral(nearest) ? nearest : undefined;
    if (!subject) continue;
    const entry = terms.get(subject.termId)!;
    const from = span.start + whole.index;
    const to = from + whole[0].length;
    const at = { text: block.text.slice(from, to), offset: from, endOffset: to };
    const cite = citation(entry, entry.siteSource!).short;
    out.push(sourcedWarning(entry, entry.siteSource!, `"${at.text}" puts ${entry.preferred} in the whole nervous system, brain and spinal cord included: it acts on the peripheral nerves and nerve roots (${cite}).`, at, entry.id));
  }
  return out;
}

/** "does not attack the entire nervous system": the sentence denies it. */
const NEGATED = /\b(?:not|never|no|rather than|instead of)\b|n['’]t\b/i;
