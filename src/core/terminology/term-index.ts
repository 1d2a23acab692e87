import { TermMatcher } from '../matcher';
import { ancestorIds, outsideCareFor } from './approach';
import { findEvidence } from './evidence';
import type { Entry, TerminologyIndex, TreatmentEvidence } from './types';

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

  /**
   * The verdict on `treatmentId` (or on its drug class) for `diseaseId`: the disease's own, or its
   * parent's where the disease inherits that treatment explicitly. `entry` is the entry that states it.
   */
  evidence(diseaseId: string, treatmentId: string): (TreatmentEvidence & { entry: Entry }) | undefined {
    const disease = this.get(diseaseId);
    const get = (id: string) => this.get(id);
    // A drug is judged as one of its class where only the class has a verdict ("prednisone" as a corticosteroid).
    const treatment = this.get(treatmentId);
    for (const id of [treatmentId, ...(treatment ? this.ancestors(treatment) : [])]) {
      const found = findEvidence(disease, id, get);
      if (found) return { ...found.evidence, entry: found.holder };
    }
    return undefined;
  }

  /** Every verdict that holds for `disease`: its own, then the inherited ones, each with its holder. */
  verdicts(disease: Entry): Array<{ evidence: TreatmentEvidence; holder: Entry }> {
    const own = (disease.relations?.treatments ?? []).map((evidence) => ({ evidence, holder: disease }));
    const inherited = (disease.relations?.inheritTreatments ?? []).flatMap((id) => {
      const found = findEvidence(this.parentOf(disease), id, (x) => this.get(x));
      return found ? [found] : [];
    });
    return [...own, ...inherited];
  }

  /**
   * The treatment outside mainstream care that a mention stands for: its own entry when that has an
   * `approach`, or what a practitioner practises ("chiropractors" for chiropractic care).
   */
  remedy(id: string): Entry | undefined {
    const entry = this.get(id);
    if (entry?.approach) return entry;
    const practised = entry?.relations?.practises ? this.get(entry.relations.practises) : undefined;
    return practised?.approach ? practised : undefined;
  }

  /** Whether the remedy's standing outside mainstream care holds for the condition `conditionId`. */
  outsideCare(remedy: Entry, conditionId: string): boolean {
    const condition = this.get(conditionId);
    return remedy.approach !== undefined && condition !== undefined && outsideCareFor(remedy.approach, condition, (id) => this.get(id));
  }

  parentOf(entry: Entry): Entry | undefined {
    const parent = entry.relations?.parent;
    return parent ? this.get(parent) : undefined;
  }

  /** Whether entry `id` is one of `ids`, or a kind of one of them at any depth ("swine flu vaccine" of "vaccine"). */
  isKindOf(id: string, ids: readonly string[]): boolean {
    if (ids.includes(id)) return true;
    const entry = this.get(id);
    return entry !== undefined && this.ancestors(entry).some((ancestor) => ids.includes(ancestor));
  }

  /** True when one entry is a form of the other at any depth of the parent chain ("AIDP" of "GBS"). */
  sameLine(a: Entry, b: Entry): boolean {
    return this.ancestors(a).includes(b.id) || this.ancestors(b).includes(a.id);
  }

  /** Ids of the entry's parent, its parent's parent and so on (a cycle in user data stops the walk). */
  ancestors(entry: Entry): string[] {
    return ancestorIds(entry, (id) => this.get(id));
  }
}

/** Peripheral neuropathy itself and its kin: condition names, though the terminology files them as concepts. */
export function isNeuropathyConcept(entry: Entry): boolean {
  return entry.kind === 'concept' && entry.peripheralNeuropathy === true;
}
