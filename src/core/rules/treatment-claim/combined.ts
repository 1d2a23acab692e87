import { readCombinations } from '../../claims/combinations';
import type { TermIndex } from '../../terminology/term-index';
import type { RawFinding } from '../../types';
import { sourcedWarning } from '../claims/sources';
import type { Block } from '../rule';

/**
 * Treatments said to work better together where the evidence says the combination adds nothing
 * (plasma exchange followed by IVIG in Guillain-Barré syndrome): a warning with what the evidence
 * found and its source. Offsets are chunk-relative.
 */
export function combinationFindings(block: Block, terms: TermIndex): RawFinding[] {
  return readCombinations(block, terms).map(({ condition, fact, ...at }) => {
    const names = fact.treatments.map((id) => terms.get(id)?.preferred ?? id).join(' and ');
    const message = `"${at.text}" presents ${names} together as better for ${condition.preferred}; ${fact.note} (${fact.guideline}).`;
    return sourcedWarning(condition, fact.source, message, at, condition.id);
  });
}
