import { TermMatcher } from '../matcher';
import type { Entry, EvidenceStatus, TerminologyIndex } from './types';

/**
 * The compiled terminology as the engine reads it: entries by id, the term matcher, and the
 * lookups that rules need. Built once per terminology (bundled plus user files) and shared.
 */
export class TermIndex {
  readonly entries: readonly Entry[];
  readonly matcher: TermMatcher;
  private readonly byId = new Map<string, Entry>();

  constructor(index: TerminologyIndex) {
    this.entries = index.entries.filter((e) => !e.hidden);
    for (const entry of this.entries) this.byId.set(entry.id, entry);
    this.matcher = new TermMatcher(this.entries);
  }

  get(id: string): Entry | undefined {
    return this.byId.get(id);
  }

  /** The evidence status of `treatmentId` for `diseaseId`, looking up the parent chain. */
  evidence(diseaseId: string, treatmentId: string): { status: EvidenceStatus; entry: Entry } | undefined {
    for (let entry = this.get(diseaseId), depth = 0; entry && depth < 8; entry = this.parentOf(entry), depth++) {
      const found = entry.relations?.treatments?.find((t) => t.treatment === treatmentId);
      if (found) return { status: found.status, entry };
    }
    return undefined;
  }

  parentOf(entry: Entry): Entry | undefined {
    const parent = entry.relations?.parent;
    return parent ? this.get(parent) : undefined;
  }
}
