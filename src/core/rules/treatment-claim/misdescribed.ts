import { readMisdescriptions } from '../../claims/actions';
import type { TermIndex } from '../../terminology/term-index';
import type { RawFinding } from '../../types';
import { citation, sourcedWarning } from '../claims/sources';
import type { Block } from '../rule';

/**
 * A treatment said to do what it does not ("IVIG removes the harmful antibodies"): a warning that
 * says what the treatment does instead and names the source. Offsets are chunk-relative.
 */
export function misdescribedFindings(block: Block, terms: TermIndex): RawFinding[] {
  return readMisdescriptions(block, terms).map(({ treatment, fact, ...at }) =>
    sourcedWarning(treatment, fact.source, `"${at.text}" describes ${treatment.preferred} wrongly: ${fact.note} (${citation(treatment, fact.source).short}).`, at, treatment.id),
  );
}
