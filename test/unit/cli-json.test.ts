import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ONLY_TERM_RULES, fixtureDir, runCli } from './fixtures/cli';

const URL = 'https://github.com/neuroterm/neuroterm/blob/main/docs/rules/';
const ARTICLE = '---\r\ntitle: \u{1F9E0} Nerves\r\n---\r\n\r\n# About\r\n\r\nThe \u{1F600} Guillian-Barre syndrome page.\r\n';

test('check --format json follows the contract field by field', async () => {
  const dir = fixtureDir({ '.neuroterm.json': JSON.stringify(ONLY_TERM_RULES), 'docs/a.md': ARTICLE });
  const { code, stdout, stderr } = await runCli(['check', 'docs/a.md', '--format', 'json'], dir);
  assert.equal(stderr, '');
  assert.equal(code, 1);
  const report = JSON.parse(stdout);
  assert.deepEqual(Object.keys(report), ['version', 'files']);
  assert.equal(report.version, 1);
  assert.deepEqual(Object.keys(report.files[0]), ['path', 'findings']);
  assert.equal(report.files[0].path, 'docs/a.md');
  const [finding] = report.files[0].findings;
  assert.deepEqual(Object.keys(finding), [
    'ruleId', 'category', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn',
    'offset', 'endOffset', 'actual', 'termId', 'fixes', 'url',
  ]);
  const offset = ARTICLE.indexOf('Guillian');
  assert.equal(offset, 48);
  assert.deepEqual(
    { ...finding, message: undefined, fixes: undefined },
    {
      ruleId: 'spelling',
      category: 'spelling',
      severity: 'error',
      message: undefined,
      line: 7,
      column: 8,
      endLine: 7,
      endColumn: 31,
      offset,
      endOffset: offset + 'Guillian-Barre syndrome'.length,
      actual: 'Guillian-Barre syndrome',
      termId: 'guillain-barre-syndrome',
      fixes: undefined,
      url: `${URL}spelling.md`,
    },
  );
  assert.equal(typeof finding.message, 'string');
  // A spelling fix changes form, not meaning: it carries the additive `mechanical` flag.
  assert.deepEqual(Object.keys(finding.fixes[0]), ['offset', 'endOffset', 'newText', 'title', 'mechanical']);
  assert.equal(finding.fixes[0].mechanical, true);
  assert.deepEqual([finding.fixes[0].offset, finding.fixes[0].endOffset, finding.fixes[0].newText], [offset, offset + 23, 'Guillain-Barré syndrome']);
});

test('a file without findings is listed with an empty list; paths keep the form given', async () => {
  const dir = fixtureDir({ '.neuroterm.json': JSON.stringify(ONLY_TERM_RULES), 'a.md': 'Nothing to see.\n', 'sub/b.txt': 'Plain.\n' });
  const { code, stdout } = await runCli(['check', './a.md', 'sub', '--format', 'json'], dir);
  assert.equal(code, 0);
  assert.equal(stdout, '{"version":1,"files":[{"path":"./a.md","findings":[]},{"path":"sub/b.txt","findings":[]}]}\n');
});

test('terms --format json follows the contract field by field', async () => {
  const text = 'GBS, then Guillain–Barre syndrome.\nChurg-Strauss syndrome and Guillian-Barre syndrome.\n';
  const dir = fixtureDir({ 'a.md': text });
  const { code, stdout } = await runCli(['terms', 'a.md', '--format', 'json'], dir);
  assert.equal(code, 0);
  const report = JSON.parse(stdout);
  assert.deepEqual(Object.keys(report), ['version', 'files']);
  assert.deepEqual(Object.keys(report.files[0]), ['path', 'terms']);
  const terms = report.files[0].terms;
  for (const t of terms) {
    assert.deepEqual(Object.keys(t), ['termId', 'preferred', 'form', 'text', 'offset', 'endOffset', 'line', 'column']);
  }
  assert.deepEqual(
    terms.map((t: Record<string, unknown>) => [t.termId, t.preferred, t.form, t.text, t.offset, t.endOffset, t.line, t.column]),
    [
      ['guillain-barre-syndrome', 'Guillain-Barré syndrome', 'abbreviation', 'GBS', 0, 3, 1, 1],
      ['guillain-barre-syndrome', 'Guillain-Barré syndrome', 'preferred', 'Guillain–Barre syndrome', 10, 33, 1, 11],
      ['egpa', 'eosinophilic granulomatosis with polyangiitis', 'outdated', 'Churg-Strauss syndrome', 35, 57, 2, 1],
      ['guillain-barre-syndrome', 'Guillain-Barré syndrome', 'misspelling', 'Guillian-Barre syndrome', 62, 85, 2, 28],
    ],
  );
});
