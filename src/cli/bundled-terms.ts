import bundled from '../generated/terminology.json';
import { TermIndex, unpackTerminology, type PackedTerminology, type TerminologyIndex } from '../core/index';

let unpacked: TerminologyIndex | undefined;

/** The terminology compiled into the bundle at build time (unpacked once, then shared). */
export function bundledTerminology(): TerminologyIndex {
  return (unpacked ??= unpackTerminology(bundled as unknown as PackedTerminology));
}

export function bundledIndex(): TermIndex {
  return new TermIndex(bundledTerminology());
}
