/**
 * A small terminology for the claim-rule unit tests (rules-anatomy, rules-treatment, rules-numeric).
 * It follows the data model, not the bundled data, so the tests pin the rules' logic while the
 * bundled database grows. Values mirror the reference facts (sources named in each entry).
 */
import { TermIndex, type Entry } from '../../src/core/index';

const base = { definition: { patient: 'x', clinical: 'x' }, reviewed: '2026-11-22' } as const;
const treatment = (id: string, preferred: string, extra: Partial<Entry> = {}): Entry => ({
  ...base, id, preferred, kind: 'treatment', site: 'none', sources: [], ...extra,
});
const aan = { id: 'aan-2003', title: 'Hughes RAC, Wijdicks EFM, et al. Practice parameter: immunotherapy for Guillain-Barré syndrome. Neurology 2003' };

const entries: Entry[] = [
  {
    ...base, id: 'guillain-barre-syndrome', preferred: 'Guillain-Barré syndrome', kind: 'disease', site: 'peripheral',
    peripheralNeuropathy: true, abbreviations: [{ abbr: 'GBS' }],
    relations: {
      treatments: [
        { treatment: 'ivig', status: 'first-line', evidence: 'guideline', guideline: 'AAN 2003 practice parameter', source: 'aan-2003' },
        { treatment: 'plasma-exchange', status: 'first-line', evidence: 'guideline', guideline: 'AAN 2003 practice parameter', source: 'aan-2003' },
        { treatment: 'corticosteroids', status: 'not-effective', evidence: 'guideline', guideline: 'AAN 2003 practice parameter', source: 'aan-2003' },
      ],
    },
    numbers: [
      { id: 'incidence', label: 'new cases per 100,000 people per year', min: 1, max: 4, unit: 'per-100000-per-year', source: 'aan-2003' },
      { id: 'time-to-nadir', label: 'days from onset to the worst point', min: 0, max: 28, unit: 'days', source: 'asbury' },
      { id: 'mortality', label: 'share of people who die of the illness', min: 4, max: 15, unit: 'percent', source: 'aan-2003' },
    ],
    sources: [aan, { id: 'asbury', title: 'Asbury AK, Cornblath DR. Assessment of current diagnostic criteria for Guillain-Barré syndrome. Ann Neurol 1990' }],
  },
  { ...base, id: 'aidp', preferred: 'acute inflammatory demyelinating polyradiculoneuropathy', kind: 'variant', site: 'peripheral', peripheralNeuropathy: true, abbreviations: [{ abbr: 'AIDP' }], relations: { parent: 'guillain-barre-syndrome', inheritTreatments: ['ivig', 'plasma-exchange', 'corticosteroids'] }, sources: [] },
  {
    ...base, id: 'cidp', preferred: 'chronic inflammatory demyelinating polyneuropathy', kind: 'disease', site: 'peripheral',
    peripheralNeuropathy: true, abbreviations: [{ abbr: 'CIDP' }],
    relations: {
      treatments: [
        { treatment: 'ivig', status: 'first-line', evidence: 'guideline', guideline: 'EAN/PNS 2021', source: 'ean' },
        { treatment: 'corticosteroids', status: 'first-line', evidence: 'guideline', guideline: 'EAN/PNS 2021', source: 'ean' },
        { treatment: 'plasma-exchange', status: 'effective', evidence: 'guideline', guideline: 'EAN/PNS 2021', source: 'ean' },
      ],
    },
    numbers: [
      { id: 'minimum-duration', label: 'weeks over which typical CIDP develops', min: 8, max: 8, unit: 'weeks', source: 'ean', bound: 'at-least' } as Entry['numbers'] extends (infer N)[] | undefined ? N : never,
      { id: 'prevalence', label: 'people with CIDP per 100,000', min: 1, max: 8.9, unit: 'per-100000', source: 'ean' },
    ],
    sources: [{ id: 'ean', title: 'Van den Bergh PYK, van Doorn PA, et al. EAN/PNS guideline on CIDP. Eur J Neurol 2021' }],
  },
  {
    ...base, id: 'multifocal-motor-neuropathy', preferred: 'multifocal motor neuropathy', kind: 'disease', site: 'peripheral',
    peripheralNeuropathy: true, abbreviations: [{ abbr: 'MMN' }],
    relations: {
      treatments: [
        { treatment: 'ivig', status: 'first-line', evidence: 'guideline', guideline: 'EFNS/PNS 2010', source: 'efns' },
        { treatment: 'corticosteroids', status: 'may-worsen', evidence: 'guideline', guideline: 'EFNS/PNS 2010', source: 'efns' },
        { treatment: 'plasma-exchange', status: 'may-worsen', evidence: 'guideline', guideline: 'Cochrane review', source: 'efns' },
      ],
    },
    sources: [{ id: 'efns', title: 'van Schaik IN, et al. EFNS/PNS guideline on multifocal motor neuropathy. 2010' }],
  },
  {
    ...base, id: 'vasculitic-neuropathy', preferred: 'vasculitic neuropathy', kind: 'disease', site: 'peripheral', peripheralNeuropathy: true,
    relations: { treatments: [{ treatment: 'corticosteroids', status: 'first-line', evidence: 'guideline', guideline: 'Koike 2022', source: 'k' }] }, sources: [],
  },
  { ...base, id: 'lupus-neuropathy', preferred: 'lupus neuropathy', kind: 'disease', site: 'peripheral', peripheralNeuropathy: true, sources: [] },
  { ...base, id: 'multiple-sclerosis', preferred: 'multiple sclerosis', kind: 'disease', site: 'central', abbreviations: [{ abbr: 'MS', ambiguous: true }], siteNote: 'Affects the central nervous system.', sources: [] },
  { ...base, id: 'nmosd', preferred: 'neuromyelitis optica spectrum disorder', kind: 'disease', site: 'central', abbreviations: [{ abbr: 'NMOSD' }], sources: [] },
  { ...base, id: 'myasthenia-gravis', preferred: 'myasthenia gravis', kind: 'disease', site: 'neuromuscular-junction', abbreviations: [{ abbr: 'MG' }], sources: [] },
  { ...base, id: 'peripheral-nervous-system', preferred: 'peripheral nervous system', kind: 'anatomy', site: 'peripheral', abbreviations: [{ abbr: 'PNS', ambiguous: true }], sources: [] },
  { ...base, id: 'peripheral-neuropathy', preferred: 'peripheral neuropathy', kind: 'disease', site: 'peripheral', peripheralNeuropathy: true, sources: [] },
  treatment('ivig', 'intravenous immunoglobulin', { abbreviations: [{ abbr: 'IVIG' }] }),
  treatment('plasma-exchange', 'plasma exchange', { synonyms: ['plasmapheresis'] }),
  treatment('corticosteroids', 'corticosteroids', { synonyms: ['steroids', 'prednisone'] }),
];

export const claimTerms = new TermIndex({ version: 1, entries });
