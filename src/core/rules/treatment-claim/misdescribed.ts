import { readMisdescriptions } from '../../claims/actions';
import type { TermIndex } from '../../terminology/term-index';
import type { RawFinding } from '../../types';
import { citation, findingSource } from '../claims/sources';
import type { Block } from '../rule';

/**
 * A treatment said to do what it does not ("IVIG removes the harmful antibodies"): a warning that
 * says what the treatment does instead and names the source. Offsets are chunk-relative.
 */
export function misdescribedFindings(block: Block, terms: TermIndex): RawFinding[] {
  return readMisdescriptions(block, terms).map(({ treatment, fact, text, offset, endOffset }) => ({
    message: `"${text}" describes ${treatment.preferred} wrongly: ${fact.note} (${citation(treatment, fact.source).short}).`,
    offset,
    endOffset,
    actual: text,
    termId: treatment.id,
    fixes: [],
    note: `Source: ${citation(treatment, fact.source).full}`,
    sources: [findingSource(treatment, fact.source)],
    severity: 'warning',
  }));
}
