import type { Mention } from '../../matcher';
import type { TermIndex } from '../../terminology/term-index';
import type { Entry } from '../../terminology/types';
import { REPORTED_BELIEF } from '../claims/reported';
import { citation, sourcedFinding } from '../claims/sources';
import type { Block, Report } from '../rule';
import { MYTH_LABEL, NEGATION } from './cues';
import { asksQuestion } from '../../text/questions';

/**
 * A normal or negative test said to rule a condition out, where the condition's `notRuledOutBy` fact
 * says that test can be normal in it: "A normal spinal fluid protein rules out GBS", "a negative ANCA
 * test means you do not have EGPA". The test must be named before the words and the condition after
 * them. Quiet when denied ("does not rule out"), hedged ("can help rule out", "usually"), asked,
 * reported or labelled a myth.
 */
const RULES_OUT =
  /\b(?:rules?\s+out|ruled\s+out|excludes?|excluded|means?\s+(?:that\s+)?(?:you|they|he|she|your\s+child|the\s+(?:person|patient|child))\s+(?:do(?:es)?\s+not|do(?:es)?n['’]t|can(?:not|['’]t))\s+have)\b/gi;
/** `RULES_OUT` without the global flag, to test a sentence before anything else is read of it. */
const HAS_RULES_OUT = new RegExp(RULES_OUT.source, 'i');
/** Words that make the test one clue among others: "can help rule out", "usually excludes", "on its own". */
const RULE_OUT_HEDGE = /\b(?:help(?:s|ed)?(?:\s+to)?|usually|often|mostly|generally|typically|in most cases|may|might|could|alone|by itself|on its own|always)\b/i;

/** How far (in characters) after the words the condition may start: "rules out a diagnosis of GBS". */
const OBJECT_REACH = 24;
/** Words between the verb and the condition that make something else the object: "rules out other causes before GBS is diagnosed". */
const OTHER_OBJECT = /\b(?:other|others|before|and|or|but|then|while)\b|[,;:]/i;

export function ruleOut(block: Block, terms: TermIndex, report: Report): void {
  const limited = (m: Mention): Entry | undefined => {
    const entry = terms.get(m.termId);
    return entry?.notRuledOutBy ? entry : undefined;
  };
  if (!block.mentions.some((m) => limited(m))) return;
  for (const unit of block.units) {
    for (const sentence of block.sentences(unit)) {
      const text = block.masked.slice(sentence.start, sentence.end);
      if (!HAS_RULES_OUT.test(text) || asksQuestion(text) || REPORTED_BELIEF.test(text) || MYTH_LABEL.test(text)) continue;
      const mentions = block.mentionsIn(sentence.start, sentence.end);
      for (const m of text.matchAll(RULES_OUT)) {
        const at = sentence.start + m.index;
        const before = text.slice(0, m.index);
        if (NEGATION.test(before) || RULE_OUT_HEDGE.test(before.split(/[,;:]/).pop() ?? '')) continue;
        // "to rule out other causes" states the test's purpose, not its verdict.
        if (/\bto\s+$/i.test(before)) continue;
        const end = at + m[0].length;
        // The condition is what is ruled out: right after the words, nothing else named between.
        const condition = mentions.find((x) => x.offset >= end && x.offset - end <= OBJECT_REACH && limited(x) && !OTHER_OBJECT.test(block.masked.slice(end, x.offset)));
        const entry = condition && limited(condition);
        const fact = entry?.notRuledOutBy!.find((f) => mentions.some((x) => x.offset < at && f.tests.includes(x.termId)));
        if (!entry || !fact) continue;
        const message = `"${m[0]}" overstates the test: for ${entry.preferred}, ${fact.note} (${citation(entry, fact.source).short}). Say that a normal result makes it less likely but does not rule it out.`;
        report(sourcedFinding(entry, fact.source, message, { text: block.text.slice(at, end), offset: at, endOffset: end }));
        break;
      }
    }
  }
}
