import type { TermIndex } from '../../terminology/term-index';
import { MYTH_WORDS, REPORTED_BELIEF } from '../claims/reported';
import { citation, sourcedFinding } from '../claims/sources';
import type { Block, Report } from '../rule';
import { MYTH_LABEL } from './cues';
import { asksQuestion } from '../../text/questions';

/** Damage to nerves said never to mend: "cannot repair nerve tissues", "there is no repair possible", "nerves never grow back". */
const NEVER_MENDS =
  /\b(?:(?:cannot|can't|can\s+not|can\s+never|will\s+never|won't|(?:is|are)\s+unable\s+to|(?:is|are)\s+not\s+able\s+to|never)\s+(?:be\s+)?(?:repair(?:ed)?|regrow(?:n)?|regenerat(?:e|ed)|heal(?:ed)?|grow\s+back|be\s+fixed|fixed|mend(?:ed)?)|(?:there\s+is|there's)\s+no\s+(?:repair|regeneration|regrowth|healing|way\s+(?:to|of)\s+(?:repair|regrow|heal)\w*)(?:\s+possible)?|no\s+repair\s+(?:is\s+)?possible)\b/i;
/** Words that make it true of some damage only: "cannot always regrow", "may never fully heal", "if the nerve is cut". */
const SOME_DAMAGE = /\b(?:always|fully|completely|entirely|all\s+the\s+way|sometimes|may|might|some|severe(?:ly)?|badly|if|when|unless|once\s+(?:the\s+)?(?:nerve\s+)?cell|cell\s+bod(?:y|ies)|brain|spinal\s+cord|central|optic)\b/i;

/**
 * Nerves said never to mend after damage, against the nerve entries' `regrows` fact: "Your body cannot
 * repair nerve tissues that have been damaged", "Once the nerve itself is affected, there is no repair
 * possible". The sentence must name a nerve that regrows, and nothing of the brain or spinal cord. Quiet
 * when it speaks of some damage ("cannot always", "may never fully", "if the nerve cell dies"), and in
 * questions, reported beliefs and myths.
 */
export function noRegrowth(block: Block, terms: TermIndex, report: Report): void {
  if (!block.mentions.some((m) => terms.get(m.termId)?.regrows)) return;
  for (const unit of block.units) {
    for (const sentence of block.sentences(unit)) {
      const nerve = block.mentionsIn(sentence.start, sentence.end).find((m) => terms.get(m.termId)?.regrows);
      if (!nerve) continue;
      const text = block.masked.slice(sentence.start, sentence.end);
      if (asksQuestion(text) || REPORTED_BELIEF.test(text) || MYTH_LABEL.test(text) || MYTH_WORDS.test(text) || SOME_DAMAGE.test(text)) continue;
      const m = NEVER_MENDS.exec(text);
      if (!m) continue;
      const entry = terms.get(nerve.termId)!;
      const fact = entry.regrows!;
      // Start at "never" when it is there: the rule's general "never" finding falls on the same place and yields to this one.
      const never = m[0].search(/\bnever\b/i);
      const at = sentence.start + m.index + Math.max(0, never);
      const words = m[0].slice(Math.max(0, never));
      const message = `"${words}" says damaged nerves never mend, but ${fact.note.charAt(0).toLowerCase()}${fact.note.slice(1, fact.note.indexOf(':'))} (${citation(entry, fact.source).short}). Say that recovery can be slow and may not be complete.`;
      report({ ...sourcedFinding(entry, fact.source, message, { text: block.text.slice(at, at + words.length), offset: at, endOffset: at + words.length }), severity: 'warning' });
    }
  }
}
