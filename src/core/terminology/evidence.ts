import type { EntryReport } from './checks';
import type { Entry, EvidenceLevel, EvidenceStatus, TreatmentEvidence } from './types';

/**
 * Which verdicts each level of evidence can carry. A case series or expert opinion never makes a
 * treatment "effective" or "not effective": it leaves the verdict `uncertain`. Only a guideline
 * makes a treatment first-line.
 */
export const STATUSES_BY_LEVEL: Record<EvidenceLevel, readonly EvidenceStatus[]> = {
  guideline: ['first-line', 'effective', 'uncertain', 'not-effective', 'may-worsen'],
  rct: ['effective', 'uncertain', 'not-effective', 'may-worsen'],
  observational: ['effective', 'uncertain', 'not-effective', 'may-worsen'],
  'case-series': ['uncertain'],
  'expert-opinion': ['uncertain'],
};

/** The level in plain words, for hovers and finding notes ("small case series suggest..."). */
export const LEVEL_WORDS: Record<EvidenceLevel, string> = {
  guideline: 'a clinical guideline',
  rct: 'randomised trials',
  observational: 'studies that followed groups of patients',
  'case-series': 'small case series only',
  'expert-opinion': 'expert opinion only',
};

/** The verdict in plain words ("not effective"). */
export const STATUS_WORDS: Record<EvidenceStatus, string> = {
  'first-line': 'a first choice',
  effective: 'effective',
  uncertain: 'not proven either way',
  'not-effective': 'not effective',
  'may-worsen': 'may make it worse',
};

/** The evidence says the treatment works for the condition: first-line or effective. */
export function works(status: EvidenceStatus | undefined): boolean {
  return status === 'first-line' || status === 'effective';
}

/** The evidence says the treatment does not work there, may harm, or is not settled. */
export function notShownToWork(status: EvidenceStatus | undefined): boolean {
  return status === 'not-effective' || status === 'may-worsen' || status === 'uncertain';
}

/** "not effective (evidence: randomised trials)": one verdict as a patient-readable phrase. */
export function verdictWords(evidence: Pick<TreatmentEvidence, 'status' | 'evidence'>): string {
  return `${STATUS_WORDS[evidence.status]} (evidence: ${LEVEL_WORDS[evidence.evidence]})`;
}

/**
 * Data checks for verdicts: each status is one its evidence level supports, a "guideline" level
 * cites a source marked as a guideline, and every inherited treatment has a verdict somewhere up
 * the parent chain. Reports through `report`; never throws.
 */
export function checkEvidence(entry: Entry, byId: ReadonlyMap<string, Entry>, report: EntryReport): void {
  entry.relations?.treatments?.forEach((t, i) => {
    const allowed = STATUSES_BY_LEVEL[t.evidence];
    if (allowed && !allowed.includes(t.status)) {
      report(entry, ['relations', 'treatments', i, 'status'], `"${t.status}" needs stronger evidence than "${t.evidence}"; allowed: ${allowed.join(', ')}`);
    }
    // A review, trial or case series cited as "guideline" evidence would lift a verdict past its level.
    const cited = entry.sources.find((s) => s.id === t.source);
    if (t.evidence === 'guideline' && cited && !cited.guideline) {
      report(entry, ['relations', 'treatments', i, 'evidence'], `"guideline" evidence must cite a guideline; source "${t.source}" is not marked "guideline: true"`);
    }
  });
  const inherited = entry.relations?.inheritTreatments ?? [];
  if (inherited.length > 0 && !entry.relations?.parent) {
    report(entry, ['relations', 'inheritTreatments'], 'only an entry with a parent can inherit treatment verdicts');
    return;
  }
  inherited.forEach((treatment, i) => {
    if (entry.relations?.treatments?.some((t) => t.treatment === treatment)) {
      report(entry, ['relations', 'inheritTreatments', i], `"${treatment}" has its own verdict here; do not inherit it too`);
    } else if (!findEvidence(byId.get(entry.relations?.parent ?? ''), treatment, (id) => byId.get(id))) {
      report(entry, ['relations', 'inheritTreatments', i], `no entry up the parent chain has a verdict for "${treatment}"`);
    }
  });
}

/**
 * The verdict on `treatmentId` for `entry`: its own, or its parent's when the entry lists the
 * treatment in `inheritTreatments` (recursively). `holder` is the entry that states the verdict.
 */
export function findEvidence(
  entry: Entry | undefined,
  treatmentId: string,
  get: (id: string) => Entry | undefined,
): { evidence: TreatmentEvidence; holder: Entry } | undefined {
  for (let current = entry, depth = 0; current && depth < 8; depth++) {
    const own = current.relations?.treatments?.find((t) => t.treatment === treatmentId);
    if (own) return { evidence: own, holder: current };
    if (!current.relations?.inheritTreatments?.includes(treatmentId) || !current.relations.parent) return undefined;
    current = get(current.relations.parent);
  }
  return undefined;
}
