/**
 * The labelled corpus (test/corpus/): correct text must stay quiet. The scorer behind `npm run eval`
 * is checked on small hand-made cases first, so a broken scorer cannot hide a broken rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Finding } from '../../src/core/index';
import { loadCorpus, scoreCase, type CorpusCase } from '../../scripts/corpus-score';
import { runEval, tally, TARGETS } from '../../scripts/eval';

const corpusDir = join(import.meta.dirname, '..', 'corpus');

function finding(category: Finding['category'], offset: number, endOffset: number, line = 0): Finding {
  return {
    ruleId: category,
    category,
    severity: 'warning',
    message: 'm',
    range: { start: { line, character: offset }, end: { line, character: endOffset } },
    offset,
    endOffset,
    actual: '',
    termId: null,
    fixes: [],
    url: '',
  };
}

const sample: CorpusCase = {
  name: 'sample',
  text: 'Steroids cure GBS fast.\nMany people recover.\n',
  sidecar: {
    title: 't',
    kind: 'k',
    expected: [
      { category: 'absolute-claim', line: 1, text: 'cure', note: 'n' },
      { category: 'treatment-claim', line: 1, text: 'Steroids cure GBS', note: 'n' },
    ],
    traps: [{ line: 2, text: 'Many people recover.', why: 'hedged' }],
  },
};

test('scorer: overlapping findings of the right category match, others are false positives', () => {
  const findings = [finding('absolute-claim', 9, 13), finding('treatment-claim', 0, 8), finding('spelling', 14, 17)];
  const result = scoreCase(sample, findings);
  assert.deepEqual(result.correct, [true, true, false]);
  assert.deepEqual(result.hits.map((h) => h?.category ?? null), ['absolute-claim', 'treatment-claim']);
  const table = tally([sample], [result]);
  const overall = table.find((r) => r.category === 'overall');
  assert.deepEqual([overall?.recall, overall?.precision], [1, 2 / 3]);
  // The spelling finding is outside the claim categories, so the "claims" row leaves it out.
  const claims = table.find((r) => r.category === 'claims');
  assert.deepEqual([claims?.expected, claims?.findings, claims?.recall, claims?.precision], [2, 2, 1, 1]);
});

test('scorer: one finding satisfies one label only, and a finding on a trap is a violation', () => {
  const twoLabels: CorpusCase = {
    ...sample,
    sidecar: { ...sample.sidecar, expected: [sample.sidecar.expected[0]!, { ...sample.sidecar.expected[0]!, text: 'GBS' }] },
  };
  const wide = finding('absolute-claim', 0, 22);
  const onTrap = finding("absolute-claim", 24, 28, 1);
  const result = scoreCase(twoLabels, [wide, onTrap]);
  assert.equal(result.hits.filter(Boolean).length, 1);
  assert.equal(result.trapViolations.length, 1);
  assert.equal(result.trapViolations[0]?.trap.text, 'Many people recover.');
});

test('scorer: a label whose text is not on its line is a clear error', () => {
  const broken = { ...sample.sidecar, expected: [{ category: 'spelling', line: 2, text: 'cure', note: 'n' }] };
  assert.throws(() => scoreCase({ ...sample, sidecar: broken }, []), /"cure" is not on line 2/);
});

test('corpus: at least 15 articles, each with labels and traps', () => {
  const cases = loadCorpus(corpusDir);
  assert.ok(cases.length >= 15, `only ${cases.length} articles`);
  for (const c of cases) {
    assert.ok(c.sidecar.expected.length > 0, `${c.name}: no expected findings`);
    assert.ok(c.sidecar.traps.length > 0, `${c.name}: no traps`);
  }
});

const report = runEval(corpusDir);
for (const c of loadCorpus(corpusDir)) {
  test(`corpus ${c.name}: no finding on its must-not-flag traps`, () => {
    const lines = report.trapViolations
      .filter((t) => t.file === c.name)
      .map((t) => `${t.file}:${t.line} ${t.ruleId} "${t.actual}" (${t.why})`);
    assert.deepEqual(lines, []);
  });
}

// The held-out articles measure the rules on text they were not tuned on: traps must stay quiet,
// but precision and recall are recorded in test/corpus/holdout/README.md, not asserted.
const holdoutDir = join(corpusDir, 'holdout');
const holdout = runEval(holdoutDir);
for (const c of loadCorpus(holdoutDir)) {
  test(`holdout ${c.name}: no finding on its must-not-flag traps`, () => {
    const lines = holdout.trapViolations
      .filter((t) => t.file === c.name)
      .map((t) => `${t.file}:${t.line} ${t.ruleId} "${t.actual}" (${t.why})`);
    assert.deepEqual(lines, []);
  });
}

test('holdout: six articles, each with labels and traps', () => {
  const cases = loadCorpus(holdoutDir);
  assert.equal(cases.length, 6);
  for (const c of cases) assert.ok(c.sidecar.expected.length > 0 && c.sidecar.traps.length > 0, c.name);
});

test('corpus: overall recall and precision meet the targets', () => {
  const overall = report.table.find((r) => r.category === 'overall');
  assert.ok((overall?.recall ?? 0) >= TARGETS.recall, `recall ${overall?.recall} < ${TARGETS.recall}; run npm run eval for the misses`);
  assert.ok((overall?.precision ?? 0) >= TARGETS.precision, `precision ${overall?.precision} < ${TARGETS.precision}; run npm run eval`);
});
