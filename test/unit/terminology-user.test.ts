import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTerminology } from '../../src/cli/bundled-terms';
import { formatProblem, loadUserTerminology } from '../../src/core/index';

const base = bundledTerminology();
const load = (...texts: string[]) => loadUserTerminology(texts.map((text, i) => ({ path: `user${i + 1}.yaml`, text })), base);
const matches = (result: ReturnType<typeof load>, text: string) => result.index.matcher.match(text).map((m) => [m.text, m.termId, m.form]);

const NEW_ENTRY = `entries:
  - id: house-drug
    preferred: examplimab
    kind: treatment
    site: none
    abbreviations: [{ abbr: EXB }]
    definition: { patient: A medicine in a trial., clinical: Investigational antibody. }
    relations: { related: [cidp] }
    sources: [{ id: protocol, title: House trial protocol }]
    reviewed: "2026-01-15"
`;

test('without user files the bundled terminology is unchanged', () => {
  const result = load();
  assert.deepEqual(result.problems, []);
  assert.equal(result.terminology.entries.length, base.entries.length);
});

test('a user file adds a new entry that hover, completion and rules can find', () => {
  const result = load(NEW_ENTRY);
  assert.deepEqual(result.problems, []);
  assert.equal(result.index.get('house-drug')?.sources[0]?.title, 'House trial protocol');
  assert.deepEqual(matches(result, 'Examplimab (EXB) is new.'), [['Examplimab', 'house-drug', 'preferred'], ['EXB', 'house-drug', 'abbreviation']]);
});

test('a user entry with a bundled id adds forms; hidden: true hides an entry', () => {
  const result = load(`entries:
  - id: guillain-barre-syndrome
    misspellings: [Guillen-Barre syndrome]
  - id: cidp
    hidden: true
`);
  assert.deepEqual(result.problems, []);
  assert.deepEqual(matches(result, 'Guillen-Barre syndrome and CIDP'), [['Guillen-Barre syndrome', 'guillain-barre-syndrome', 'misspelling']]);
  assert.equal(result.index.get('cidp'), undefined);
  assert.equal(result.index.get('guillain-barre-syndrome')?.definition.patient, base.entries.find((e) => e.id === 'guillain-barre-syndrome')?.definition.patient);
});

test('a broken file is reported with file and line; the other files still apply', () => {
  const result = load('entries:\n  - id: [broken\n', NEW_ENTRY);
  assert.deepEqual(result.problems.map(formatProblem), ['user1.yaml#:3:1 YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]']);
  assert.ok(result.index.get('house-drug'));
});

test('a broken entry is skipped with its location; the rest of the file applies', () => {
  const result = load(`entries:
  - id: half-entry
    preferred: half entry
  - id: ivig
    definition: { patient: Mine., clinical: Mine. }
${NEW_ENTRY.split('\n').slice(1).join('\n')}`);
  assert.deepEqual(result.problems.map(formatProblem), [
    'user1.yaml#/entries/0:2:5 half-entry: missing required field "kind"',
    'user1.yaml#/entries/0:2:5 half-entry: missing required field "site"',
    'user1.yaml#/entries/0:2:5 half-entry: missing required field "definition"',
    'user1.yaml#/entries/0:2:5 half-entry: missing required field "sources"',
    'user1.yaml#/entries/0:2:5 half-entry: missing required field "reviewed"',
    'user1.yaml#/entries/1/definition:5:17 ivig: "definition" cannot change on bundled entry "ivig": a user file may only add synonyms, lay phrases, abbreviations, misspellings and outdated names to a bundled entry, or set hidden: true',
  ]);
  assert.equal(result.index.get('half-entry'), undefined);
  assert.ok(result.index.get('house-drug'));
});

test('a user form that already names a bundled entry gets a clear message and is left out', () => {
  const result = load(NEW_ENTRY.replace('[{ abbr: EXB }]', '[{ abbr: EXB }, { abbr: MS }]').replace('sources: [{ id: protocol, title: House trial protocol }]', 'sources: [aan2003-gbs, no-such-source]'));
  assert.deepEqual(result.problems.map(formatProblem), [
    'user1.yaml#/entries/0/sources/1:9:28 house-drug: source "no-such-source" is not a bundled citation id; write it inline as {id, title, url}',
    'user1.yaml#/entries/0/abbreviations/1/abbr:6:44 house-drug: "MS" is already a surface form of "multiple-sclerosis" (bundled); mark both abbreviations ambiguous or keep one',
  ]);
  assert.deepEqual(matches(result, 'MS and EXB'), [['MS', 'multiple-sclerosis', 'abbreviation'], ['EXB', 'house-drug', 'abbreviation']]);
  assert.deepEqual(result.index.get('house-drug')?.sources.map((s) => s.id), ['aan2003-gbs']);
});

test('a new ambiguous meaning can share an abbreviation that the bundled entry marks ambiguous', () => {
  const result = load(NEW_ENTRY.replace('[{ abbr: EXB }]', '[{ abbr: PE, ambiguous: true, otherMeanings: [plasma exchange] }]'));
  assert.deepEqual(result.problems, []);
  assert.deepEqual(result.index.get('house-drug')?.abbreviations?.map((a) => a.abbr), ['PE']);
});

test('relations to unknown ids are reported and dropped, so rules never follow them', () => {
  const result = load(NEW_ENTRY.replace('related: [cidp]', 'related: [cidp, no-such-id]'));
  assert.deepEqual(result.problems.map(formatProblem), ['user1.yaml#/entries/0/relations/related/1:8:34 house-drug: "no-such-id" is not an entry id']);
  assert.deepEqual(result.index.get('house-drug')?.relations?.related, ['cidp']);
});
