import bundled from '../generated/terminology.json';
import { TermIndex, type TerminologyIndex } from '../core/index';

/** The terminology compiled into the bundle at build time. */
export function bundledTerminology(): TerminologyIndex {
  return bundled as unknown as TerminologyIndex;
}

export function bundledIndex(): TermIndex {
  return new TermIndex(bundledTerminology());
}
