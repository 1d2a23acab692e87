import type { Block } from '../rules/rule';
import type { TermIndex } from '../terminology/term-index';
import type { CombinationEvidence, Entry } from '../terminology/types';
import { contextOf, findTriggers } from './context';
import { isCondition } from './reader';
import { asksQuestion } from '../text/questions';

/** Treatments given together or in turn: "a combination of", "combined with", "together", "followed by", "both treatments". */
const COMBINED = /\b(?:combination of|combin(?:e|es|ed|ing)\b|together(?: with)?\b|along with|followed by|in addition to|both (?:of these |these |the )?(?:treatments?|therap(?:y|ies)|methods?|procedures?|options?)|both (?:treatment|therapy) (?:methods|options))/i;
/** "both treatments" refers back: the treatments may be named earlier in the paragraph. */
const REFERS_BACK = /\bboth\b/i;
/** Combining said to work better: "for increased effectiveness", "works better", "should undergo". */
const BETTER_TOGETHER =
  /\b(?:(?:increased|greater|better|more|added|extra|enhanced|improved|maximum|best)\s+(?:effectiveness|efficacy|benefits?|results?|outcomes?|effects?|recovery)|more effective|works? better|(?:is|are) (?:the )?best|should (?:undergo|receive|get|have|be given)|(?:is|are) recommended)\b/i;

/** A sentence that says treatments work better together where the evidence says they do not. */
export interface CombinationClaim {
  condition: Entry;
  fact: CombinationEvidence;
  text: string;
  offset: number;
  endOffset: number;
}

/**
 * Every sentence in `block` that presents treatments given together as better for a condition whose
 * facts say the combination adds nothing ("Patients with GBS should undergo a combination of both
 * treatment methods for increased effectiveness", the treatments named earlier in the paragraph).
 * Denied, hedged, reported or asked claims are not the writer's. Chunk-relative offsets; never throws.
 */
export function readCombinations(block: Block, terms: TermIndex): CombinationClaim[] {
  const out: CombinationClaim[] = [];
  for (const unit of block.units) {
    const mentions = block.mentionsIn(unit.start, unit.end);
    const conditions = mentions.filter((m) => isCondition(m, terms)).map((m) => terms.get(m.termId)!);
    if (!conditions.some((c) => c.relations?.combinations)) continue;
    for (const sentence of block.sentences(unit)) {
      const text = block.masked.slice(sentence.start, sentence.end);
      const combined = COMBINED.exec(text);
      const better = combined && BETTER_TOGETHER.exec(text);
      if (!combined || !better || asksQuestion(text)) continue;
      // The treatments: named in the sentence, or, after "both", anywhere in the paragraph up to here.
      const from = REFERS_BACK.test(text) ? unit.start : sentence.start;
      const named = new Set(block.mentionsIn(from, sentence.end).map((m) => m.termId));
      // The claim runs from its first cue to its last: "should undergo a combination of both ... for increased effectiveness".
      const lastBetter = [...text.matchAll(new RegExp(BETTER_TOGETHER.source, 'gi'))].pop()!;
      const start = sentence.start + Math.min(combined.index, better.index);
      const end = sentence.start + Math.max(combined.index + combined[0].length, lastBetter.index + lastBetter[0].length);
      const context = contextOf(findTriggers(block.masked, sentence), { start, end });
      if (context.negated || context.certainty === 'hedged' || context.attribution !== 'writer' || context.timing) continue;
      for (const condition of new Set(conditions)) {
        const fact = condition.relations?.combinations?.find((c) => c.status === 'not-effective' && c.treatments.every((id) => named.has(id)));
        if (fact) out.push({ condition, fact, text: block.text.slice(start, end), offset: start, endOffset: end });
      }
    }
  }
  return out;
}
