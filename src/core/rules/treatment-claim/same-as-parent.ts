import type { Mention } from '../../matcher';
import { contextOf, findTriggers } from '../../claims/context';
import { isCondition } from '../../claims/pair-words';
import { notShownToWork, verdictWords, works } from '../../terminology/evidence';
import type { TermIndex } from '../../terminology/term-index';
import type { RawFinding } from '../../types';
import { sentencesAbout } from '../claims/sentences';
import { citation, sourcedWarning } from '../claims/sources';
import type { Block } from '../rule';
import { asksQuestion } from '../../text/questions';

/** "is treated the same way", "in an identical manner", "Treatment for MFS is identical to...", "the same treatments". */
const SAME_CARE =
  /\b(?:treated\s+(?:in\s+)?(?:exactly\s+)?(?:the\s+same\s+(?:way|manner)|an?\s+identical\s+(?:way|manner)|identically|the\s+same\s+as)|(?:the\s+)?(?:same|identical)\s+treatments?|treatment(?:\s+(?:for|of)\s+[^.,;]{1,60}?)?\s+(?:is|are)\s+(?:exactly\s+)?(?:the\s+same|identical))\b/i;

/**
 * A form of a condition said to be treated exactly as the condition is, where the form's own verdict
 * on one of the condition's first-line treatments says it is not proven or does not work there:
 * "Miller Fisher syndrome is treated in the same way as GBS" (IVIG is not proven either way for it;
 * supportive care usually suffices). A form without its own verdicts is left alone, as are hedged,
 * denied, reported and asked sentences. Chunk-relative and pure.
 */
export function sameAsParentFindings(block: Block, terms: TermIndex): RawFinding[] {
  const out: RawFinding[] = [];
  const isForm = (m: Mention): boolean => isCondition(m, terms) && terms.parentOf(terms.get(m.termId)!) !== undefined;
  for (const { span, mentions } of sentencesAbout(block, isForm, (m) => isCondition(m, terms))) {
    const text = block.masked.slice(span.start, span.end);
    const cue = SAME_CARE.exec(text);
    if (!cue || asksQuestion(text)) continue;
    const form = terms.get(mentions[0]!.termId)!;
    const parent = terms.parentOf(form)!;
    // Another condition named beside the form ("MFS and AMAN are treated the same way") is not a claim about the parent.
    if (block.mentionsIn(span.start, span.end).some((m) => isCondition(m, terms) && m.termId !== form.id && m.termId !== parent.id)) continue;
    const differs = terms
      .verdicts(parent)
      .filter(({ evidence }) => works(evidence.status))
      .map(({ evidence }) => (form.relations?.treatments ?? []).find((own) => own.treatment === evidence.treatment))
      .find((own) => own !== undefined && notShownToWork(own.status));
    if (!differs) continue;
    const start = span.start + cue.index;
    const at = { text: block.text.slice(start, start + cue[0].length), offset: start, endOffset: start + cue[0].length };
    const context = contextOf(findTriggers(block.masked, span), { start: at.offset, end: at.endOffset });
    if (context.negated || context.certainty === 'hedged' || context.attribution !== 'writer') continue;
    const treatment = terms.get(differs.treatment)?.preferred ?? differs.treatment;
    const note = differs.note ? ` ${differs.note}` : '';
    const message = `"${at.text}" gives ${form.preferred} the care of ${parent.preferred}, but ${treatment} is ${verdictWords(differs)} for it (${citation(form, differs.source).short}).${note}`;
    out.push(sourcedWarning(form, differs.source, message, at, form.id));
  }
  return out;
}
