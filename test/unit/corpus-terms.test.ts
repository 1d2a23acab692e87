/**
 * Term recall in `npm run eval` (scripts/term-recall.ts): labels become spans, a mention overlapping
 * a span recalls it, tallies are per kind, and a folder without `terms` reports none.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runEval } from '../../scripts/eval';
import { recallTerms, tallyTerms, termSpans, type TermLabel } from '../../scripts/term-recall';

const text = '# Notes\n\nGBS causes weakness.\nA nervoscope and GBS again.\n';

test('term labels: the first occurrence of the text on its line, 0-based UTF-16 offsets', () => {
  const spans = termSpans('t', text, [
    { line: 3, text: 'GBS', kind: 'abbreviation' },
    { line: 4, text: 'GBS', kind: 'abbreviation' },
  ]);
  assert.deepEqual(spans, [
    { offset: 9, endOffset: 12 },
    { offset: 47, endOffset: 50 },
  ]);
});

test('term labels: text missing from its line or an unknown kind is a clear error', () => {
  assert.throws(() => termSpans('t', text, [{ line: 3, text: 'nervoscope', kind: 'test' }]), /t\.expected\.json#\/terms\/0: "nervoscope" is not on line 3/);
  const odd = [{ line: 3, text: 'GBS', kind: 'gene' }] as unknown as TermLabel[];
  assert.throws(() => termSpans('t', text, odd), /unknown kind "gene"/);
});

test('term recall: overlap recalls a label, touching does not; tallies per kind and overall', () => {
  const spans = [
    { offset: 10, endOffset: 20 },
    { offset: 30, endOffset: 35 },
    { offset: 40, endOffset: 45 },
  ];
  const recalled = recallTerms(spans, [
    { offset: 15, endOffset: 25 },
    { offset: 35, endOffset: 40 },
  ]);
  assert.deepEqual(recalled, [true, false, false]);
  const labels: TermLabel[] = [
    { line: 1, text: 'a', kind: 'disease' },
    { line: 1, text: 'b', kind: 'disease' },
    { line: 1, text: 'c', kind: 'test' },
  ];
  assert.deepEqual(tallyTerms([{ labels, recalled }]), [
    { kind: 'disease', labels: 2, recalled: 1, recall: 0.5 },
    { kind: 'test', labels: 1, recalled: 0, recall: 0 },
    { kind: 'overall', labels: 3, recalled: 1, recall: 1 / 3 },
  ]);
});

test('eval: term recall uses the matcher behind `neuroterm terms`; folders without terms report none', () => {
  const dir = mkdtempSync(join(tmpdir(), 'neuroterm-terms-'));
  try {
    const article = 'Guillain-Barré syndrome can follow an infection.\nA nervoscope was used.\n';
    writeFileSync(join(dir, 'a.md'), article);
    const sidecar = {
      title: 't',
      kind: 'k',
      expected: [],
      traps: [],
      terms: [
        { line: 1, text: 'Guillain-Barré syndrome', kind: 'disease' },
        { line: 2, text: 'nervoscope', kind: 'test' },
      ],
    };
    writeFileSync(join(dir, 'a.expected.json'), JSON.stringify(sidecar));
    const report = runEval(dir);
    assert.deepEqual(report.terms, [
      { kind: 'disease', labels: 1, recalled: 1, recall: 1 },
      { kind: 'test', labels: 1, recalled: 0, recall: 0 },
      { kind: 'overall', labels: 2, recalled: 1, recall: 0.5 },
    ]);
    assert.deepEqual(report.termMisses, [{ file: 'a', line: 2, kind: 'test', text: 'nervoscope' }]);

    writeFileSync(join(dir, 'a.expected.json'), JSON.stringify({ ...sidecar, terms: undefined }));
    const without = runEval(dir);
    assert.deepEqual([without.terms, without.termMisses], [[], []]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
