import { readCombinations } from '../../claims/combinations';
import type { TermIndex } from '../../terminology/term-index';
import type { RawFinding } from '../../types';
import { citation, findingSource } from '../claims/sources';
import type { Block } from '../rule';

/**
 * Treatments said to work better together where the evidence says the combination adds nothing
 * (plasma exchange followed by IVIG in Guillain-Barré syndrome): a warning with what the evidence
 * found and its source. Offsets are chunk-relative.
 */
export function combinationFindings(block: Block, terms: TermIndex): RawFinding[] {
  return readCombinations(block, terms).map(({ condition, fact, text, offset, endOffset }) => {
    const names = fact.treatments.map((id) => terms.get(id)?.preferred ?? id).join(' and ');
    return {
      message: `"${text}" presents ${names} together as better for ${condition.preferred}; ${fact.note} (${fact.guideline}).`,
      offset,
      endOffset,
      actual: text,
      termId: condition.id,
      fixes: [],
      note: `Source: ${citation(condition, fact.source).full}`,
      sources: [findingSource(condition, fact.source)],
      severity: 'warning',
    };
  });
}
