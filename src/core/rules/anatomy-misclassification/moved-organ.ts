import type { Mention } from '../../matcher';
import type { TermIndex } from '../../terminology/term-index';
import type { RawFinding } from '../../types';
import { isCondition, isNervousDisease } from '../../claims/pair-words';
import { MYTH_WORDS, REPORTED_BELIEF } from '../claims/reported';
import { sentencesAbout } from '../claims/sentences';
import { citation, findingSource } from '../claims/sources';
import type { Block } from '../rule';
import { capitalize } from '../term-text';
import { asksQuestion } from '../../text/questions';

/**
 * What a sentence says the disease does to the organ: "paralyses", "spreads (through the body) to",
 * "can affect"; a list may follow ("paralyse the limbs, then the lungs"). Bare "damage" and "affect" only as verbs ("can damage").
 */
const REACHES =
  /\b(?:paraly[sz](?:es?|ed|ing)|(?:affects|affected|affecting|attacks?|attacked|attacking|damages|damaged|damaging|spreads?|spreading|reach(?:es|ed|ing)?|travel(?:s|l?ed|l?ing)?|moves?|moved|moving|progress(?:es|ed|ing)?|shuts?\s+down)|(?<=\b(?:can|may|could|might|will|would|to|does|do|also|eventually|and|or)\s+)(?:affect|damage|reach))\b/gi;
/** Words that make the organ a landmark or the place of something else: "the nerves that control the lungs", "fluid in the lungs". */
const NOT_THE_ORGAN = /\b(?:nerves?|muscles?|diaphragm|control\w*|suppl\w*|serv\w*|work\w*|that|which|who|air|fluid|infection|clots?|blood|oxygen|into|in|of|from|around|near)\b/i;
/** "the muscles of the heart and lungs", "muscles in the lungs": the organ given muscles of its own (not "around" or "that move"). */
const MUSCLES_OF = /\bmuscles?\s+(?:of|in)\s+(?:the\s+|your\s+)?(?:[\w-]+\s+(?:and|&)\s+)?$/i;
const RELATIVE_BEFORE = /\b(?:that|which|who)\s+(?:\w+\s+)?$/i;
const DENIED = /\b(?:not|no|never|without|rather than|instead of|unlike)\b|n't\b/i;

/**
 * A disease of the nerves said to paralyse, attack or spread to an organ that does not move itself
 * ("CIDP can paralyse the limbs, then the lungs"; "GBS can spread to the lungs"): breathing fails
 * because the muscles that do the organ's work (the organ's `movedBy` fact) lose their nerve
 * supply. Chunk-relative and pure.
 */
export function movedOrganFindings(block: Block, terms: TermIndex): RawFinding[] {
  const out: RawFinding[] = [];
  // A disease of the nerves, the nerve-muscle junction or the brain and spinal cord; autonomic disorders do reach organs.
  const nerveDisease = (m: Mention): boolean => isNervousDisease(m, terms) && terms.get(m.termId)!.site !== 'autonomic';
  for (const { span, mentions } of sentencesAbout(block, nerveDisease, (m) => isCondition(m, terms))) {
    const text = block.masked.slice(span.start, span.end);
    if (asksQuestion(text) || REPORTED_BELIEF.test(text) || MYTH_WORDS.test(text)) continue;
    for (const organ of block.mentionsIn(span.start, span.end)) {
      const organEntry = terms.get(organ.termId);
      if (!organEntry?.movedBy) continue;
      const before = block.masked.slice(Math.max(span.start, mentions[0]!.offset < organ.offset ? mentions[0]!.endOffset : span.start), organ.offset);
      // "may affect the muscles of the heart and lungs", "the lung muscles weaken": muscles the organ does not have.
      const ownMuscles = MUSCLES_OF.test(before) || /^\s+muscles?\b/i.test(block.masked.slice(organ.endOffset, organ.endOffset + 10));
      const at = lastReach(before);
      if (at === undefined && !ownMuscles) continue;
      // The denial must bear on the verb: "if not treated, it can paralyse ... the lungs" still says it does.
      // "follows a virus that attacks the lungs": the verb belongs to another noun.
      if (!ownMuscles) {
        const gap = before.slice(at!.end);
        if (RELATIVE_BEFORE.test(before.slice(0, at!.start))) continue;
        if (gap.split(/\s+/).filter(Boolean).length > 6 || NOT_THE_ORGAN.test(gap) || DENIED.test(before.slice(Math.max(0, at!.start - 20)))) continue;
      }
      if (/^\s*themselves\b/i.test(block.masked.slice(organ.endOffset, organ.endOffset + 12))) continue;
      const disease = terms.get([...mentions].reverse().find((m) => m.offset < organ.offset)?.termId ?? mentions[0]!.termId)!;
      const cite = citation(organEntry, organEntry.movedBy.source);
      const muscles = organEntry.movedBy.parts.map((id) => terms.get(id)?.preferred ?? id);
      out.push({
        message: `${ownMuscles ? `The ${organEntry.preferred} have no muscles of their own` : `${capitalize(disease.preferred)} does not attack the ${organEntry.preferred}`}: ${organEntry.movedBy.note.charAt(0).toLowerCase()}${organEntry.movedBy.note.slice(1, -1)} (${cite.short}), and it is their nerve supply that fails. Name the ${muscles[0]}.`,
        offset: organ.offset,
        endOffset: organ.endOffset,
        actual: block.text.slice(organ.offset, organ.endOffset),
        termId: organEntry.id,
        fixes: [],
        severity: 'info',
        note: `Source: ${cite.full}`,
        sources: [findingSource(organEntry, organEntry.movedBy.source)],
      });
    }
  }
  return out;
}

/** Where the last "reaches" word before the organ stands, or undefined when none comes before it. */
function lastReach(before: string): { start: number; end: number } | undefined {
  let last: RegExpExecArray | null = null;
  REACHES.lastIndex = 0;
  for (let m = REACHES.exec(before); m; m = REACHES.exec(before)) last = m;
  return last ? { start: last.index, end: last.index + last[0].length } : undefined;
}
