import { verdictWords } from '../terminology/evidence';
import type { TermIndex } from '../terminology/term-index';
import type { Entry, EvidenceLevel, EvidenceStatus, Source } from '../terminology/types';

/** Verdicts shown in a hover; the entry page (allSources) shows them all. */
const MAX_VERDICTS = 4;

/** What a writer most needs first: what to use, then what not to use. */
const STATUS_ORDER: Record<EvidenceStatus, number> = { 'first-line': 0, 'not-effective': 1, 'may-worsen': 2, effective: 3, uncertain: 4 };

/** Sources ranked by the strongest evidence they carry; a source cited by nothing in particular comes last. */
const LEVEL_WEIGHT: Record<EvidenceLevel, number> = { guideline: 0, rct: 1, observational: 2, 'case-series': 4, 'expert-opinion': 5 };
const NUMBER_WEIGHT = 3;
const UNCITED_WEIGHT = 6;

/**
 * The disease's treatment verdicts in plain words ("corticosteroids: not effective (evidence: a clinical
 * guideline)"), own and inherited, most useful first. Empty for entries without verdicts.
 */
export function verdictSummaries(entry: Entry, terms: TermIndex, all = false): string[] {
  const verdicts = terms
    .verdicts(entry)
    .map(({ evidence }) => ({ evidence, name: terms.get(evidence.treatment)?.preferred ?? evidence.treatment }))
    .sort((a, b) => STATUS_ORDER[a.evidence.status] - STATUS_ORDER[b.evidence.status]);
  const shown = verdicts.slice(0, all ? undefined : MAX_VERDICTS).map((v) => `${v.name}: ${verdictWords(v.evidence)}`);
  if (!all) return shown;
  // The entry page also lists treatments given together ("plasma exchange then intravenous immunoglobulin").
  const combined = (entry.relations?.combinations ?? []).map((c) => `${c.treatments.map((id) => terms.get(id)?.preferred ?? id).join(' then ')}: ${verdictWords(c)}`);
  return [...shown, ...combined];
}

/** The entry's sources, strongest first (guideline-backed verdicts, trials, numbers...), ties in listed order. */
export function sourcesByWeight(entry: Entry): Source[] {
  const weight = new Map<string, number>();
  const note = (id: string, w: number) => weight.set(id, Math.min(weight.get(id) ?? UNCITED_WEIGHT, w));
  for (const t of [...(entry.relations?.treatments ?? []), ...(entry.relations?.combinations ?? [])]) note(t.source, LEVEL_WEIGHT[t.evidence] ?? UNCITED_WEIGHT);
  for (const n of entry.numbers ?? []) for (const id of [n.source, n.alsoSource]) if (id) note(id, NUMBER_WEIGHT);
  return entry.sources
    .map((source, i) => ({ source, i, w: weight.get(source.id) ?? UNCITED_WEIGHT }))
    .sort((a, b) => a.w - b.w || a.i - b.i)
    .map((x) => x.source);
}
