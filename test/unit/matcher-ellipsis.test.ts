import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TermMatcher } from '../../src/core/matcher';
import { withSharedHeads } from '../../src/core/matcher-ellipsis';
import { entry as placeholder } from './fixtures/mini-terminology';
import { TermIndex, findMentions, hoverAt, type Entry } from '../../src/core/index';

const entry = (id: string, preferred: string, extra: Partial<Entry> = {}): Entry => placeholder(id, preferred, { kind: 'anatomy', site: 'none', ...extra });

const entries = [
  entry('median-nerve', 'median nerve'),
  entry('radial-nerve', 'radial nerve'),
  entry('tibial-nerve', 'tibial nerve'),
  entry('motor-nerves', 'motor nerves', { synonyms: ['motor nerve'] }),
  entry('sensory-nerves', 'sensory nerves', { synonyms: ['sensory nerve'] }),
  entry('skin', 'skin'),
  entry('skin-biopsy', 'skin biopsy', { kind: 'test' }),
  entry('nerve-biopsy', 'nerve biopsy', { kind: 'test' }),
  entry('mri', 'magnetic resonance imaging', { kind: 'test', abbreviations: [{ abbr: 'MRI' }], synonyms: ['MRI scan'] }),
  entry('ct', 'computed tomography', { kind: 'test', synonyms: ['CT scan'] }),
  entry('gbs', 'Guillain-Barré syndrome', { kind: 'disease', misspellings: ['Guillian-Barre syndrome'] }),
];
const matcher = new TermMatcher(entries);
const terms = new TermIndex({ version: 1, entries });
const match = (text: string) => withSharedHeads(text, matcher.match(text), matcher).map((m) => [m.text, m.termId, m.offset, m.endOffset]);

test('a list of nerve names shares the head "nerves": each name is a mention of its own entry', () => {
  const text = 'Damage to the median, radial and tibial nerves.';
  assert.deepEqual(match(text), [
    ['median', 'median-nerve', 14, 20],
    ['radial', 'radial-nerve', 22, 28],
    ['tibial nerves', 'tibial-nerve', 33, 46],
  ]);
  // The Oxford comma and "or" read the same way.
  assert.deepEqual(match('the median, radial, or tibial nerve').map((m) => m[1]), ['median-nerve', 'radial-nerve', 'tibial-nerve']);
});

test('"sensory and motor nerves" names both entries; a one-word mention before the "and" gives way', () => {
  assert.deepEqual(match('sensory and motor nerves'), [
    ['sensory', 'sensory-nerves', 0, 7],
    ['motor nerves', 'motor-nerves', 12, 24],
  ]);
  assert.deepEqual(match('a skin and nerve biopsy'), [
    ['skin', 'skin-biopsy', 2, 6],
    ['nerve biopsy', 'nerve-biopsy', 11, 23],
  ]);
});

test('no shared head is read where the words do not spell a listed form, or are not joined by and/or', () => {
  assert.deepEqual(match('skin, and then the nerve biopsy'), [
    ['skin', 'skin', 0, 4],
    ['nerve biopsy', 'nerve-biopsy', 19, 31],
  ]);
  assert.deepEqual(match('median with tibial nerves').map((m) => m[0]), ['tibial nerves']);
  assert.deepEqual(match('pain and tibial nerves').map((m) => m[0]), ['tibial nerves']);
  // A line of text between the words is not a list.
  assert.deepEqual(match('median.\nAnd tibial nerves').map((m) => m[0]), ['tibial nerves']);
});

test('an abbreviation before the "and" keeps its own mention; misspellings are never completed', () => {
  assert.deepEqual(match('MRI and CT scans').map((m) => [m[0], m[1]]), [
    ['MRI', 'mri'],
    ['CT scans', 'ct'],
  ]);
  assert.deepEqual(match('Guillian and Guillain-Barré syndrome').map((m) => m[0]), ['Guillain-Barré syndrome']);
});

test('the matcher itself stays as written: rules never see shared-head mentions', () => {
  assert.deepEqual(matcher.match('the median and tibial nerves').map((m) => m.text), ['tibial nerves']);
});

test('hover and findMentions read the shared head; a paragraph keeps it, a code span does not', () => {
  const text = 'Tests covered the median and tibial nerves.\n\n`median and tibial nerves`\n';
  assert.deepEqual(findMentions(text, terms).map((m) => [m.text, m.termId, m.offset]), [
    ['median', 'median-nerve', 18],
    ['tibial nerves', 'tibial-nerve', 29],
  ]);
  const hover = hoverAt(text, 20, terms);
  assert.deepEqual([hover?.termId, hover?.offset, hover?.endOffset], ['median-nerve', 18, 24]);
  assert.equal(hoverAt(text, 47, terms), undefined);
});
