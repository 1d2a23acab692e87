import { readCareDenials } from '../../claims/care-denied';
import type { TermIndex } from '../../terminology/term-index';
import type { RawFinding } from '../../types';
import { citation, sourcedWarning } from '../claims/sources';
import type { Block } from '../rule';

/**
 * A condition said to have no treatment where the evidence names one that works ("There is no
 * treatment for GBS"): a warning naming the proven treatments and the source. Offsets are chunk-relative.
 */
export function careDeniedFindings(block: Block, terms: TermIndex): RawFinding[] {
  return readCareDenials(block, terms).map(({ condition, proven, ...at }) => {
    const names = [...new Set(proven.map(({ evidence }) => terms.get(evidence.treatment)?.preferred ?? evidence.treatment))];
    const { evidence: first, holder } = proven[0]!;
    const listed = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0];
    const message = `"${at.text}" denies care that works: for ${condition.preferred}, ${listed} ${names.length > 1 ? 'are proven treatments' : 'is a proven treatment'} (${citation(holder, first.source).short}). Say what treatment can do.`;
    return sourcedWarning(holder, first.source, message, at, condition.id);
  });
}
