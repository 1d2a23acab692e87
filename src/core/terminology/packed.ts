import type { Entry, Source, TerminologyIndex } from './types';

/**
 * The compiled index as the bundles carry it: each source once, and entries pointing at their sources by
 * position. Sources are most of the index's bytes and many entries share them; the `.vsix` ships two
 * servers (desktop and web), each with its own copy of the index.
 */
export interface PackedTerminology {
  version: 1;
  sources: Source[];
  entries: Array<Omit<Entry, 'sources'> & { sources: number[] }>;
}

export function packTerminology(terminology: TerminologyIndex): PackedTerminology {
  const sources: Source[] = [];
  const positions = new Map<string, number>();
  const positionOf = (source: Source): number => {
    const key = JSON.stringify(source);
    let at = positions.get(key);
    if (at === undefined) {
      at = sources.push(source) - 1;
      positions.set(key, at);
    }
    return at;
  };
  const entries = terminology.entries.map((entry) => ({ ...entry, sources: entry.sources.map(positionOf) }));
  return { version: 1, sources, entries };
}

/** The index as the core reads it; entries that cite one source share its object. */
export function unpackTerminology(packed: PackedTerminology): TerminologyIndex {
  return { version: 1, entries: packed.entries.map((entry) => ({ ...entry, sources: entry.sources.map((at) => packed.sources[at]!) })) };
}
