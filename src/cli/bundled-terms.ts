import bundled from '../generated/terminology.json';
import { TermIndex, unpackTerminology, type PackedTerminology, type TerminologyIndex } from '../core/index';

/**
 * The compiled terminology. The CLI carries it in its bundle; the language servers that ship in the
 * extension share one copy beside them (`dist/terminology.js`): the Node server requires that file when
 * its bundle loads, and the web worker, which has no file system, imports it from the URL its client
 * sends (see `provideBundledTerminology`). In that build the import below is null until then.
 */
let packed = bundled as unknown as PackedTerminology | null;
let unpacked: TerminologyIndex | undefined;

/** Hands the packed terminology to a build that does not carry it (the web worker server). */
export function provideBundledTerminology(terminology: PackedTerminology): void {
  packed = terminology;
  unpacked = undefined;
}

export function hasBundledTerminology(): boolean {
  return packed !== null;
}

/** The bundled terminology, unpacked once, then shared. Throws while a web worker server still waits for it. */
export function bundledTerminology(): TerminologyIndex {
  if (!packed) throw new Error('the bundled terminology has not been loaded yet');
  return (unpacked ??= unpackTerminology(packed));
}

export function bundledIndex(): TermIndex {
  return new TermIndex(bundledTerminology());
}
