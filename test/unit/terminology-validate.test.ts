import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { formatProblem, parseTerminologyFile } from '../../src/core/terminology/source-file';
import { readSourceRegistry, validateTerminology } from '../../src/core/terminology/validate';

const dir = join(import.meta.dirname, '..', 'fixtures', 'terminology');
// demo-source is a guideline, other-source is not: only the first can back "guideline" evidence.
const registry = { 'demo-source': { title: 'Demo source', guideline: true }, 'other-source': { title: 'Other source' } };

/** Validates one broken-data fixture and returns its problems as the CLI prints them. */
function problemsOf(name: string): string[] {
  const file = parseTerminologyFile(name, readFileSync(join(dir, name), 'utf8'));
  return validateTerminology([file], registry).problems.map(formatProblem);
}

test('the valid fixture passes and compiles with its sources resolved', () => {
  const file = parseTerminologyFile('valid.yaml', readFileSync(join(dir, 'valid.yaml'), 'utf8'));
  const { terminology, problems } = validateTerminology([file], registry);
  assert.deepEqual(problems, []);
  assert.deepEqual(terminology.entries.map((e) => e.id), ['demo-disease', 'demo-drug']);
  assert.deepEqual(terminology.entries[0]!.sources, [{ id: 'demo-source', title: 'Demo source', guideline: true }]);
});

test('a YAML syntax error is reported with its line, and nothing is compiled', () => {
  assert.deepEqual(problemsOf('syntax-error.yaml'), [
    'syntax-error.yaml#:4:1 YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]',
  ]);
});

test('a file without an entries list is reported at its first line', () => {
  assert.deepEqual(problemsOf('not-a-list.yaml'), ['not-a-list.yaml#:1:1 expected a mapping with an "entries:" list of entries']);
});

test('schema checks: id format, enums, required fields, code formats, SNOMED CT, sources, dates', () => {
  assert.deepEqual(problemsOf('schema-violations.yaml'), [
    'schema-violations.yaml#/entries/0/id:2:9 Demo_Disease: "Demo_Disease" has the wrong format (^[a-z0-9]+(-[a-z0-9]+)*$)',
    'schema-violations.yaml#/entries/0/kind:4:11 Demo_Disease: "illness" is not one of: disease, variant, antibody, test, treatment, symptom, anatomy, concept',
    'schema-violations.yaml#/entries/0/site:5:11 Demo_Disease: "brain" is not one of: peripheral, central, neuromuscular-junction, autonomic, systemic, metabolic, none',
    'schema-violations.yaml#/entries/0/definition:6:17 Demo_Disease: missing required field "clinical"',
    'schema-violations.yaml#/entries/0/codes/mondo:7:21 Demo_Disease: "MONDO:123" has the wrong format (^MONDO:[0-9]{7}$)',
    'schema-violations.yaml#/entries/0/codes/icd10cm:7:43 Demo_Disease: "G61,0" has the wrong format (^[A-TV-Z][0-9][0-9AB](\\.[0-9A-TV-Z]{1,4})?$)',
    'schema-violations.yaml#/entries/0/codes/snomedct:7:62 Demo_Disease: unknown field "snomedct"',
    'schema-violations.yaml#/entries/0/sources:8:14 Demo_Disease: needs at least 1 item(s)',
    'schema-violations.yaml#/entries/0/reviewed:9:15 Demo_Disease: "22/11/2026" has the wrong format (^[0-9]{4}-[0-9]{2}-[0-9]{2}$)',
  ]);
});

test('unique ids, and each surface form in one entry unless every user marks it ambiguous', () => {
  assert.deepEqual(problemsOf('duplicates.yaml'), [
    'duplicates.yaml#/entries/2/id:20:9 demo-disease: id "demo-disease" is already used (duplicates.yaml#/entries/0/id)',
    'duplicates.yaml#/entries/0/misspellings/0:7:20 demo-disease: "guillain barre syndrome" repeats "Guillain-Barre syndrome" (case, accents and dashes do not matter to the matcher)',
    'duplicates.yaml#/entries/1/synonyms/0:15:16 other-disease: "Guillain–Barré syndrome" is already a surface form of "demo-disease" (duplicates.yaml#/entries/0/preferred); keep it in one entry',
    'duplicates.yaml#/entries/1/abbreviations/0/abbr:16:29 other-disease: "GBS" is already a surface form of "demo-disease" (duplicates.yaml#/entries/0/abbreviations/0/abbr); mark both abbreviations ambiguous or keep one',
  ]);
});

test('relations, evidence, number (and a second number source) and site sources must resolve; every key number is compared by some check; parents must not loop; numbers must be ranges', () => {
  assert.deepEqual(problemsOf('references.yaml'), [
    'references.yaml#/entries/0/sources/1:16:28 demo-disease: source "missing-source" is not in terminology/sources.yaml',
    'references.yaml#/entries/0/numbers/0:14:9 demo-disease: min 5 is greater than max 4',
    'references.yaml#/entries/0/numbers/0/source:14:79 demo-disease: source "other-source" must be one of this entry\'s sources (demo-source)',
    'references.yaml#/entries/0/numbers/0/id:14:15 demo-disease: number id "incidence" is never compared: give it a rate unit, or an id numeric-claim has cue words for (NUMBER_CUES)',
    'references.yaml#/entries/0/numbers/1/alsoSource:15:109 demo-disease: alsoSource "demo-source" must be another of this entry\'s sources than "demo-source"',
    'references.yaml#/entries/0/siteSource:6:17 demo-disease: source "other-source" must be one of this entry\'s sources (demo-source)',
    'references.yaml#/entries/0/relations/treatments/0/source:12:113 demo-disease: source "other-source" must be one of this entry\'s sources (demo-source)',
    'references.yaml#/entries/0/relations/parent:9:15 demo-disease: "no-such-entry" is not an entry id',
    'references.yaml#/entries/0/relations/related/0:10:17 demo-disease: "demo-disease" points at the entry itself',
    'references.yaml#/entries/0/relations/treatments/0/treatment:12:24 demo-disease: "demo-variant" is a variant, not a treatment',
    'references.yaml#/entries/1/relations/parent:23:26 demo-variant: parent chain loops back to "demo-variant"',
    'references.yaml#/entries/2/relations/parent:31:26 demo-child: parent chain loops back to "demo-child"',
    'references.yaml#/entries/3/numbers/0/id:40:15 demo-inert: number id "happiness" is never compared: give it a rate unit, or an id numeric-claim has cue words for (NUMBER_CUES)',
  ]);
});

test('patient definitions: at most 40 words and grade 8; look-alikes need a siteNote', () => {
  assert.deepEqual(problemsOf('definitions.yaml'), [
    'definitions.yaml#/entries/0/definition/patient:8:16 demo-disease: patient definition has 42 words; at most 40',
    'definitions.yaml#/entries/0/definition/patient:8:16 demo-disease: patient definition reads at grade 16.5 (Flesch-Kincaid); at most 8',
    'definitions.yaml#/entries/0/siteNote:2:5 demo-disease: a look-alike (peripheralNeuropathy or immuneMediated false) needs a siteNote saying where it acts',
    'definitions.yaml#/entries/1/definition/patient:17:16 demo-immunology: patient definition reads at grade 55.4 (Flesch-Kincaid); at most 8',
  ]);
});

test('the source registry reports a citation without a title', () => {
  const file = parseTerminologyFile('sources.yaml', 'sources:\n  good: { title: A title, url: "https://example.org" }\n  bad: { url: "ftp://x" }\n');
  const { registry: read, problems } = readSourceRegistry(file);
  assert.deepEqual(Object.keys(read), ['good']);
  assert.deepEqual(problems.map(formatProblem), [
    'sources.yaml#/sources/bad:3:8 missing required field "title"',
    'sources.yaml#/sources/bad/url:3:15 "ftp://x" has the wrong format (^https?://)',
  ]);
});

test('two files are checked together: a form in one file clashes with the other', () => {
  const a = parseTerminologyFile('a.yaml', readFileSync(join(dir, 'valid.yaml'), 'utf8'));
  const b = parseTerminologyFile('b.yaml', readFileSync(join(dir, 'valid.yaml'), 'utf8').replace(/(id: |treatment: )demo-|demo (?=disease|drug)/g, (m) => m.replace('demo', 'copy')));
  const problems = validateTerminology([a, b], registry).problems.map(formatProblem);
  assert.deepEqual(problems, [
    'b.yaml#/entries/0/abbreviations/0/abbr:7:29 copy-disease: "DD" is already a surface form of "demo-disease" (a.yaml#/entries/0/abbreviations/0/abbr); mark both abbreviations ambiguous or keep one',
  ]);
});

test('a verdict may not claim more than its evidence level supports or cite a non-guideline as a guideline; inheritance must be explicit and hold', () => {
  assert.deepEqual(problemsOf('evidence.yaml'), [
    'evidence.yaml#/entries/0/relations/treatments/0/status:11:43 demo-disease: "first-line" needs stronger evidence than "rct"; allowed: effective, uncertain, not-effective, may-worsen',
    'evidence.yaml#/entries/0/relations/treatments/1/status:12:44 demo-disease: "effective" needs stronger evidence than "case-series"; allowed: uncertain',
    'evidence.yaml#/entries/0/relations/treatments/2/status:13:44 demo-disease: "may-worsen" needs stronger evidence than "expert-opinion"; allowed: uncertain',
    'evidence.yaml#/entries/0/relations/treatments/3/evidence:14:69 demo-disease: "guideline" evidence must cite a guideline; source "other-source" is not marked "guideline: true"',
    'evidence.yaml#/entries/0/relations/inheritTreatments:9:26 demo-disease: only an entry with a parent can inherit treatment verdicts',
    'evidence.yaml#/entries/1/relations/inheritTreatments/1:24:38 demo-variant: "third-drug" has its own verdict here; do not inherit it too',
    'evidence.yaml#/entries/1/relations/inheritTreatments/2:24:50 demo-variant: no entry up the parent chain has a verdict for "fourth-drug"',
  ]);
});

test('a treatment outside mainstream care is never rated effective, except for a condition in its standardFor or outside its appliesTo; only treatments have an approach', () => {
  assert.deepEqual(problemsOf('approach.yaml'), [
    'approach.yaml#/entries/0/relations/treatments/0/status:10:45 demo-disease: "demo-remedy" has an approach (complementary); rate it effective only for a condition in its standardFor or outside its appliesTo',
    `approach.yaml#/entries/2/approach/source:29:46 demo-remedy: source "other-source" must be one of this entry's sources (demo-source)`,
    'approach.yaml#/entries/2/approach/standardFor/0:29:74 demo-remedy: "no-such-entry" is not an entry id',
    'approach.yaml#/entries/4/approach:45:15 demo-sign: only a treatment has an approach, not a symptom',
    // appliesTo scopes the standing: stone-disease, outside it, may rate scoped-remedy first-line.
    'approach.yaml#/entries/5/relations/treatments/0/status:55:47 nerve-disease: "scoped-remedy" has an approach (investigational); rate it effective only for a condition in its standardFor or outside its appliesTo',
    'approach.yaml#/entries/7/approach/appliesTo/1:73:88 scoped-remedy: "no-such-group" is not an entry id',
  ]);
});

test('only a symptom has list words, and a list word is a surface form that no other entry may use', () => {
  assert.deepEqual(problemsOf('list-words.yaml'), [
    'list-words.yaml#/entries/0/inLists:7:14 demo-disease: only a symptom has list words, not a disease',
    'list-words.yaml#/entries/2/lay/0:23:11 other-sign: "tingly" is already a surface form of "demo-sign" (list-words.yaml#/entries/1/inLists/0); keep it in one entry',
  ]);
});

test('what a treatment does and what treatments given together do are sourced facts about real treatments', () => {
  assert.deepEqual(problemsOf('actions.yaml'), [
    'actions.yaml#/entries/1/actions/0/action:18:19 other-drug: "cures-everything" is not one of: removes-antibodies, is-donor-plasma',
    `actions.yaml#/entries/0/actions/0/source:9:87 demo-drug: source "other-source" must be one of this entry's sources (demo-source)`,
    'actions.yaml#/entries/2/actions:27:7 demo-sign: only a treatment has actions, not a symptom',
    `actions.yaml#/entries/3/relations/combinations/0/source:37:117 demo-disease: source "other-source" must be one of this entry's sources (demo-source)`,
    'actions.yaml#/entries/3/relations/combinations/0/treatments/1:37:37 demo-disease: "demo-sign" is a symptom, not a treatment',
  ]);
});

test('validator: immuneSource needs its fact and one of the entry\'s sources; only a concept implies a fact or names the defences', () => {
  assert.deepEqual(problemsOf('immune.yaml'), [
    `immune.yaml#/entries/0/immuneSource:9:19 demo-disease: source "other-source" must be one of this entry's sources (demo-source)`,
    'immune.yaml#/entries/1/immuneSource:17:19 other-disease: immuneSource needs immuneMediated, the fact it supports',
    'immune.yaml#/entries/1/implies:18:14 other-disease: only a concept implies a fact about what is called one, not a disease',
    "immune.yaml#/entries/3/immuneDefences:34:21 demo-booster: only a concept names the body's defences, not a treatment",
  ]);
});

test('a test that does not rule a condition out names known entries and one of the entry sources', () => {
  assert.deepEqual(problemsOf('rule-out.yaml'), [
    `rule-out.yaml#/entries/1/notRuledOutBy/0/source:16:83 demo-disease: source "other-source" must be one of this entry's sources (demo-source)`,
    'rule-out.yaml#/entries/1/notRuledOutBy/0/tests/1:16:30 demo-disease: "no-such-test" is not an entry id',
  ]);
});
