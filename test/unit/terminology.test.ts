import assert from 'node:assert/strict';
import { test } from 'node:test';
import bundled from '../../src/generated/terminology.json';
import { loadBundledSources } from '../../scripts/compile-terminology';
import { PATIENT_MAX_GRADE, PATIENT_MAX_WORDS, patientWordCount } from '../../src/core/terminology/checks';
import { TermIndex, packTerminology, unpackTerminology, type PackedTerminology, type TerminologyIndex } from '../../src/core/index';
import { fleschKincaidGrade } from '../../src/core/text/readability';
import { stripPossessive, termWords } from '../../src/core/text/normalize';
import { FLOOR_CUES, NUMBER_CUES } from '../../src/core/rules/numeric-claim/cues';
import { CLAIMS_STANDARD_SOURCE } from '../../src/core/rules/treatment-claim/unproven-promise';

const { terminology, problems } = loadBundledSources();
const index = new TermIndex(terminology);
const entry = (id: string) => {
  const found = index.get(id);
  assert.ok(found, `missing entry ${id}`);
  return found;
};

test('the bundled terminology is valid and the compiled index is current', () => {
  assert.deepEqual(problems, []);
  assert.deepEqual(unpackTerminology(bundled as PackedTerminology), terminology, 'src/generated/terminology.json is stale: run npm run build');
  // Packed, each source is stored once: the bundles carry fewer bytes for the same index.
  const packed = packTerminology(terminology);
  assert.equal(packed.sources.length, new Set(terminology.entries.flatMap((e) => e.sources.map((s) => JSON.stringify(s)))).size);
  assert.ok(JSON.stringify(packed).length < JSON.stringify(terminology).length * 0.8);
  assert.ok(terminology.entries.length >= 90, `${terminology.entries.length} entries; at least 90 expected`);
});

test('the ids other rules and fixtures rely on exist', () => {
  const ids = `guillain-barre-syndrome aidp aman amsan miller-fisher-syndrome bickerstaff-brainstem-encephalitis
    pharyngeal-cervical-brachial-variant cidp distal-cidp multifocal-cidp focal-cidp motor-cidp sensory-cidp
    autoimmune-nodopathy multifocal-motor-neuropathy anti-mag-neuropathy poems-syndrome canomad vasculitic-neuropathy egpa
    gpa mpa polyarteritis-nodosa nonsystemic-vasculitic-neuropathy mononeuritis-multiplex lupus-neuropathy
    sjogren-neuropathy sjogren-syndrome rheumatoid-neuropathy celiac-neuropathy sarcoid-neuropathy paraneoplastic-neuropathy
    autoimmune-autonomic-ganglionopathy small-fiber-neuropathy peripheral-neuropathy multiple-sclerosis nmosd mogad
    transverse-myelitis myasthenia-gravis lambert-eaton-myasthenic-syndrome diabetic-neuropathy ivig scig plasma-exchange
    corticosteroids rituximab cyclophosphamide efgartigimod eculizumab tanruprubart nerve-conduction-studies emg
    lumbar-puncture csf-albuminocytologic-dissociation skin-biopsy nerve-biopsy mri anti-gm1 anti-gq1b anti-gd1a anti-mag
    anti-hu anti-nf155 anti-cntn1 anti-ro-ssa anca anti-ttg ana peripheral-nervous-system central-nervous-system myelin
    axon nerve-roots neuromuscular-junction brain spinal-cord`.split(/\s+/);
  assert.deepEqual(ids.filter((id) => !index.get(id)), []);
});

test('the entries that name the body\'s defences, which treatment-claim reads a boost against, are the immune system ones', () => {
  assert.deepEqual(
    terminology.entries.filter((e) => e.immuneDefences).map((e) => e.id).sort(),
    ['immune-response', 'immune-system', 'immunity'],
  );
});

test('no two entries share an abbreviation (abbreviation-consistency compares wordings of one entry)', () => {
  const owners = new Map<string, string>();
  const shared: string[] = [];
  for (const e of terminology.entries) {
    for (const { abbr } of e.abbreviations ?? []) {
      const key = abbr.toUpperCase();
      const owner = owners.get(key);
      if (owner && owner !== e.id) shared.push(`${abbr}: ${owner}, ${e.id}`);
      owners.set(key, e.id);
    }
  }
  assert.deepEqual(shared, []);
});

test('every entry cites at least one source with a title', () => {
  for (const e of terminology.entries) {
    assert.ok(e.sources.length > 0, e.id);
    for (const s of e.sources) assert.match(s.title, /\S/, `${e.id}: ${s.id}`);
  }
});

test('every treatment with an approach cites the claims standard its treatment-claim warning names', () => {
  const missing = index.entries.filter((e) => e.approach && !e.sources.some((s) => s.id === CLAIMS_STANDARD_SOURCE)).map((e) => e.id);
  assert.deepEqual(missing, []);
});

test('look-alikes say where they act and are not peripheral neuropathies', () => {
  for (const id of ['multiple-sclerosis', 'nmosd', 'mogad', 'transverse-myelitis']) {
    assert.equal(entry(id).site, 'central', id);
    assert.equal(entry(id).peripheralNeuropathy, false, id);
  }
  for (const id of ['myasthenia-gravis', 'lambert-eaton-myasthenic-syndrome']) {
    assert.equal(entry(id).site, 'neuromuscular-junction', id);
    assert.equal(entry(id).peripheralNeuropathy, false, id);
  }
  // Metabolic, but not "not immune": immune factors contribute (Sasaki 2020), and diabetic amyotrophy is inflammatory.
  const diabetic = entry('diabetic-neuropathy');
  assert.deepEqual([diabetic.site, diabetic.peripheralNeuropathy, diabetic.immuneMediated], ['metabolic', true, undefined]);
  for (const e of terminology.entries.filter((x) => x.peripheralNeuropathy === false || x.immuneMediated === false)) {
    assert.match(e.siteNote ?? '', /\S/, `${e.id} needs a siteNote`);
  }
});

test('ambiguous abbreviations carry only the other meanings the reference sources', () => {
  const meanings = (id: string, abbr: string) => entry(id).abbreviations?.find((a) => a.abbr === abbr);
  assert.deepEqual(meanings('multiple-sclerosis', 'MS')?.otherMeanings, ['mitral stenosis', 'morphine sulfate', 'magnesium sulfate']);
  // Unverified in the reference (NOTES: ambiguous_abbreviations), so not shipped unless another cited source states them.
  for (const [id, abbr] of [['plasma-exchange', 'PE'], ['miller-fisher-syndrome', 'MFS'], ['rheumatoid-arthritis', 'RA'], ['mpa', 'MPA']]) {
    assert.equal(meanings(id!, abbr!)?.otherMeanings, undefined, `${abbr}`);
  }
  assert.deepEqual(meanings('peripheral-nervous-system', 'PNS')?.otherMeanings, ['paraneoplastic neurological syndrome', 'Peripheral Nerve Society']);
  assert.equal(meanings('miller-fisher-syndrome', 'MFS')?.ambiguous, true);
  // Group B streptococcus, sourced to a federal health page (USDA WIC Works), not to the reference.
  assert.deepEqual(meanings('guillain-barre-syndrome', 'GBS')?.otherMeanings, ['group B streptococcus']);
  assert.ok(entry('guillain-barre-syndrome').sources.some((s) => s.id === 'usda-wic-group-b-strep'));
});

test('treatment evidence, including what variants inherit from their parent', () => {
  const verdicts: Array<[string, string, string, string]> = [
    ['guillain-barre-syndrome', 'corticosteroids', 'not-effective', 'guillain-barre-syndrome'],
    ['guillain-barre-syndrome', 'ivig', 'first-line', 'guillain-barre-syndrome'],
    ['guillain-barre-syndrome', 'plasma-exchange', 'first-line', 'guillain-barre-syndrome'],
    ['aidp', 'corticosteroids', 'not-effective', 'guillain-barre-syndrome'],
    ['guillain-barre-syndrome', 'immunoadsorption', 'not-effective', 'guillain-barre-syndrome'],
    ['miller-fisher-syndrome', 'ivig', 'uncertain', 'miller-fisher-syndrome'],
    ['typical-cidp', 'ivig', 'first-line', 'cidp'],
    ['cidp', 'corticosteroids', 'first-line', 'cidp'],
    ['cidp', 'plasma-exchange', 'effective', 'cidp'],
    ['motor-cidp', 'corticosteroids', 'uncertain', 'motor-cidp'],
    ['multifocal-motor-neuropathy', 'ivig', 'first-line', 'multifocal-motor-neuropathy'],
    ['multifocal-motor-neuropathy', 'corticosteroids', 'may-worsen', 'multifocal-motor-neuropathy'],
    ['multifocal-motor-neuropathy', 'plasma-exchange', 'uncertain', 'multifocal-motor-neuropathy'],
    ['anti-mag-neuropathy', 'rituximab', 'uncertain', 'anti-mag-neuropathy'],
    ['anti-mag-neuropathy', 'ivig', 'uncertain', 'anti-mag-neuropathy'],
    ['canomad', 'ivig', 'effective', 'canomad'],
    ['anti-nf155-nodopathy', 'rituximab', 'effective', 'anti-nf155-nodopathy'],
    ['pan-neurofascin-nodopathy', 'rituximab', 'uncertain', 'pan-neurofascin-nodopathy'],
    ['vasculitic-neuropathy', 'corticosteroids', 'effective', 'vasculitic-neuropathy'],
    ['small-fiber-neuropathy', 'ivig', 'not-effective', 'small-fiber-neuropathy'],
  ];
  for (const [disease, treatment, status, from] of verdicts) {
    const found = index.evidence(disease, treatment);
    assert.deepEqual([found?.status, found?.entry.id], [status, from], `${disease} + ${treatment}`);
  }
  assert.equal(index.evidence('bickerstaff-brainstem-encephalitis', 'corticosteroids'), undefined, 'BBE must not inherit GBS verdicts');
  // Nothing is inherited silently: a variant gets its parent's verdict only for treatments it names.
  for (const [variant, treatment] of [['miller-fisher-syndrome', 'corticosteroids'], ['distal-cidp', 'corticosteroids'], ['anti-cntn1-nodopathy', 'rituximab'], ['anti-caspr1-nodopathy', 'ivig'], ['nonsystemic-vasculitic-neuropathy', 'rituximab']]) {
    assert.equal(index.evidence(variant!, treatment!), undefined, `${variant} + ${treatment}`);
  }
  assert.equal(index.evidence('autoimmune-nodopathy', 'rituximab'), undefined, 'NF155 results are not extended to every nodopathy');
  assert.equal(index.evidence('poems-syndrome', 'corticosteroids'), undefined, 'no steroid verdict for POEMS from a case vignette');
});

test('key numbers are ranges with a unit and a source', () => {
  const number = (id: string, key: string) => entry(id).numbers?.find((n) => n.id === key);
  assert.deepEqual(number('guillain-barre-syndrome', 'incidence'), {
    id: 'incidence', label: 'new cases per 100,000 people per year', min: 1, max: 4, unit: 'per-100000-per-year', source: 'aan2003-gbs',
  });
  assert.deepEqual([number('guillain-barre-syndrome', 'time-to-nadir')?.max, number('guillain-barre-syndrome', 'time-to-nadir')?.unit], [28, 'days']);
  const cidp = number('cidp', 'minimum-duration');
  assert.deepEqual([cidp?.min, cidp?.unit, cidp?.bound], [8, 'weeks', 'at-least']);
  assert.deepEqual([number('paraneoplastic-neuropathy', 'anti-hu-cancer-association')?.min, number('paraneoplastic-neuropathy', 'anti-hu-cancer-association')?.bound], [70, 'at-least']);
});

test('codes: no SNOMED CT, no lookup-site ICD-10-CM codes, no ORPHA:231457 for AAG', () => {
  // Codes the reference has only from commercial lookup sites (status secondary_code_lookup).
  const lookupOnly = new Set(['G35', 'G37.3', 'G37.81', 'G70.80', 'G70.81', 'G73.1', 'M35.0', 'M35.06', 'E10.42', 'E11.42']);
  for (const e of terminology.entries) {
    assert.equal(Object.keys(e.codes ?? {}).some((k) => /snomed/i.test(k)), false, e.id);
    assert.equal(lookupOnly.has(e.codes?.icd10cm ?? ''), false, `${e.id}: ${e.codes?.icd10cm}`);
  }
  assert.equal(entry('autoimmune-autonomic-ganglionopathy').codes?.orpha, undefined);
  assert.equal(entry('guillain-barre-syndrome').codes?.icd10cm, 'G61.0');
});

test(`patient definitions are at most ${PATIENT_MAX_WORDS} words and grade ${PATIENT_MAX_GRADE} or lower`, () => {
  for (const e of terminology.entries) {
    const words = patientWordCount(e.definition.patient);
    assert.ok(words <= PATIENT_MAX_WORDS, `${e.id}: ${words} words`);
    const grade = fleschKincaidGrade(e.definition.patient);
    assert.ok(grade <= PATIENT_MAX_GRADE, `${e.id}: grade ${grade.toFixed(1)}`);
  }
});

test('misspellings are real: none is another form of its entry with only a possessive added or dropped', () => {
  const key = (text: string) => termWords(text, false).map((w) => stripPossessive(w) ?? w).join(' ');
  for (const e of terminology.entries) {
    const others = new Set([e.preferred, e.possessive ?? '', ...(e.synonyms ?? [])].map(key));
    for (const m of e.misspellings ?? []) assert.equal(others.has(key(m)), false, `${e.id}: "${m}"`);
  }
});

test('the matcher resolves common written forms to the right entries', () => {
  const found = index.matcher.match('Guillain–Barré syndrome, CIPD, Sjögren’s syndrome, Churg-Strauss syndrome and PLEX.');
  assert.deepEqual(
    found.map((m) => [m.text, m.termId, m.form]),
    [
      ['Guillain–Barré syndrome', 'guillain-barre-syndrome', 'preferred'],
      ['CIPD', 'cidp', 'misspelling'],
      ['Sjögren’s syndrome', 'sjogren-syndrome', 'preferred'],
      ['Churg-Strauss syndrome', 'egpa', 'outdated'],
      ['PLEX', 'plasma-exchange', 'abbreviation'],
    ],
  );
});

test('every numeric-claim cue belongs to a key number in the bundled terminology (no inert cues)', () => {
  const ids = new Set(index.entries.flatMap((e) => (e.numbers ?? []).map((n) => n.id)));
  assert.deepEqual(Object.keys(NUMBER_CUES).filter((id) => !ids.has(id)), []);
  const floors = new Set(index.entries.flatMap((e) => (e.numbers ?? []).flatMap((n) => (n.floorOf ? [n.floorOf.id] : []))));
  assert.deepEqual(Object.keys(FLOOR_CUES).filter((id) => !floors.has(id)), []);
});
