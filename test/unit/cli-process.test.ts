import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ONLY_TERM_RULES, fixtureDir } from './fixtures/cli';

/** The built CLI (`npm test` builds before the unit tests), run as a user would. */
const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const cli = (args: string[], cwd: string, input?: string) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', input });

test('the built CLI: exit codes and one-line errors without a stack trace', () => {
  const dir = fixtureDir({ '.neuroterm.json': JSON.stringify(ONLY_TERM_RULES), 'ok.md': 'Fine.\n', 'bad.md': 'A Guillian-Barre syndrome page.\n' });
  assert.equal(cli(['check', 'ok.md'], dir).status, 0);
  assert.equal(cli(['check', 'bad.md'], dir).status, 1);
  const missing = cli(['check', 'missing.md'], dir);
  assert.deepEqual([missing.status, missing.stderr], [2, 'neuroterm: no such file or directory: missing.md\n']);
  const badTerms = fixtureDir({ '.neuroterm.json': JSON.stringify({ terminology: ['none.yaml'] }), 'a.md': 'x\n' });
  const io = cli(['check', 'a.md'], badTerms);
  assert.equal(io.status, 2);
  assert.match(io.stderr, /^neuroterm: cannot read terminology .*none\.yaml: ENOENT\n$/);
  const stdin = cli(['check', '-'], dir, 'A Guillian-Barre syndrome page.\n');
  assert.equal(stdin.status, 1);
  assert.match(stdin.stdout, /^-\n {2}1:3 {2}error/);
});

test('many files are checked in worker threads with the same results, in order', () => {
  const files: Record<string, string> = { '.neuroterm.json': JSON.stringify(ONLY_TERM_RULES) };
  for (let i = 0; i < 120; i++) files[`docs/${String(i).padStart(3, '0')}.md`] = i % 3 === 0 ? `File ${i}: Guillian-Barre syndrome.\n` : `File ${i}: Churg-Strauss syndrome.\n`;
  const dir = fixtureDir(files);
  const run = cli(['check', 'docs', '--format', 'json'], dir);
  assert.equal(run.status, 1, run.stderr);
  const report = JSON.parse(run.stdout);
  assert.equal(report.files.length, 120);
  report.files.forEach((f: { path: string; findings: Array<{ ruleId: string; offset: number }> }, i: number) => {
    assert.equal(f.path, `docs/${String(i).padStart(3, '0')}.md`);
    assert.deepEqual(f.findings.map((x) => [x.ruleId, x.offset]), [[i % 3 === 0 ? 'spelling' : 'outdated-term', `File ${i}: `.length]]);
  });
});

test('explain prints the rule page bundled at build time, from any directory', () => {
  const page = readFileSync(join(__dirname, '..', '..', 'docs', 'rules', 'spelling.md'), 'utf8');
  const run = cli(['explain', 'spelling'], fixtureDir({}));
  assert.deepEqual([run.status, run.stdout], [0, page]);
});

test('user terminology from the config adds forms; a broken entry is reported with its file and the rest applies', () => {
  const dir = fixtureDir({
    '.neuroterm.json': JSON.stringify({ ...ONLY_TERM_RULES, terminology: ['house-terms.yaml'] }),
    'house-terms.yaml': 'entries:\n  - id: guillain-barre-syndrome\n    misspellings: [Guilain Bare syndrome]\n',
    'a.md': 'The Guilain Bare syndrome page.\n',
  });
  const run = cli(['check', 'a.md', '--format', 'json'], dir);
  assert.equal(run.stderr, '');
  const [finding] = JSON.parse(run.stdout).files[0].findings;
  assert.deepEqual([finding.ruleId, finding.actual, finding.termId], ['spelling', 'Guilain Bare syndrome', 'guillain-barre-syndrome']);

  const broken = fixtureDir({
    '.neuroterm.json': JSON.stringify({ ...ONLY_TERM_RULES, terminology: ['house-terms.yaml'] }),
    'house-terms.yaml': 'entries:\n  - id: 42\n',
    'a.md': 'The Guillian-Barre syndrome page.\n',
  });
  const bad = cli(['check', 'a.md', '--format', 'json'], broken);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /house-terms\.yaml/);
  assert.equal(JSON.parse(bad.stdout).files[0].findings[0].ruleId, 'spelling');
});
