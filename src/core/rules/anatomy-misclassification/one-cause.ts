import type { Mention } from '../../matcher';
import { contextOf, findTriggers } from '../../claims/context';
import { isCondition } from '../../claims/pair-words';
import type { TermIndex } from '../../terminology/term-index';
import type { RawFinding } from '../../types';
import { REPORTED_BELIEF } from '../claims/reported';
import { sentencesWithMentions } from '../claims/sentences';
import { citation, sourcedWarning } from '../claims/sources';
import type { Block } from '../rule';
import { asksQuestion } from '../../text/questions';

/** What may open the sentence before the name: "By definition,", "Simply put,", "In short,". */
const OPENER = /^\s*(?:(?:by definition|simply put|put simply|in short|in simple terms|basically)\s*,\s*)?$/i;
/** The name's definition that gives a cause: "is a disease which damages nerves ... as the result of", "is caused by". */
const DEFINED_BY_CAUSE =
  /^(\s*(?:is|are|happens|occurs|develops|results)\b[^.;:]{0,80}?\b)(?:caused by|brought on by|(?:the|a) result of|due to|results? from|resulting from|driven by|because of|stems? from|triggered by)\s+/i;
/** Poor blood flow given as the cause, right after the causal words: "the poor circulation of blood", "a lack of blood supply". */
const POOR_CIRCULATION = /^(?:the\s+|a\s+)?(?:poor|reduced|decreased|impaired|bad|restricted|obstructed|lack\s+of|loss\s+of|obstruction\s+of)\s+(?:blood\s+)?(?:circulation|blood\s+(?:flow|supply)|flow|supply)\b/i;
/** Words that make the cause one of several, or the sentence about some people only. */
const ONE_OF_SEVERAL =
  /\b(?:can|could|may|might|often|usually|commonly|most(?:ly)?|mainly|many|some|several|various|variety|different|other|others|such as|including|include[sd]?|like|for example|e\.g|among|one of|number of|typically|frequently|sometimes|generally|any|types?|kinds?|forms?|cases?|people|patients|those|this|these|etc)\b/i;

/**
 * A condition whose facts say it has many causes (`causesVary`: peripheral neuropathy) defined as
 * caused by one or two named conditions: "Neuropathy is a disease which damages nerves in the body as
 * the result of diabetes or injury". The cause must be a named condition; quiet when the sentence
 * makes it one of several ("often", "such as", "other"), speaks of some people or one kind, or is
 * denied, hedged, reported or asked. Chunk-relative and pure.
 */
export function oneCauseFindings(block: Block, terms: TermIndex): RawFinding[] {
  const out: RawFinding[] = [];
  const varies = (m: Mention): boolean => terms.get(m.termId)?.causesVary !== undefined;
  for (const { span, mentions } of sentencesWithMentions(block, (m) => varies(m) || isCondition(m, terms))) {
    const subject = mentions[0]!;
    if (!varies(subject) || !OPENER.test(block.masked.slice(span.start, subject.offset))) continue;
    const text = block.masked.slice(span.start, span.end);
    if (asksQuestion(text) || REPORTED_BELIEF.test(text) || ONE_OF_SEVERAL.test(text)) continue;
    const cue = DEFINED_BY_CAUSE.exec(block.masked.slice(subject.endOffset, span.end));
    if (!cue) continue;
    const causeFrom = subject.endOffset + cue[0].length;
    const causes = mentions.filter((m) => m.offset >= causeFrom && m.termId !== subject.termId);
    // "brought on by the poor circulation of blood": a cause named in words, not as a condition.
    const circulation = causes.length === 0 ? POOR_CIRCULATION.exec(block.masked.slice(causeFrom, span.end)) : null;
    if (causes.length === 0 && !circulation) continue;
    const offset = subject.endOffset + cue[1]!.length;
    const endOffset = circulation ? causeFrom + circulation.index + circulation[0].length : causes[causes.length - 1]!.endOffset;
    const context = contextOf(findTriggers(block.masked, span), { start: subject.offset, end: endOffset });
    if (context.negated || context.certainty === 'hedged' || context.attribution !== 'writer') continue;
    const entry = terms.get(subject.termId)!;
    const fact = entry.causesVary!;
    const actual = block.text.slice(offset, endOffset);
    const message = `"${actual}" gives one cause for every ${entry.preferred}, but ${fact.note} (${citation(entry, fact.source).short}). Say it is one cause ("can be caused by", "one common cause is").`;
    out.push(sourcedWarning(entry, fact.source, message, { text: actual, offset, endOffset }, entry.id));
  }
  return out;
}
