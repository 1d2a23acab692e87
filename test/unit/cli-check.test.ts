import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ONLY_TERM_RULES, fixtureDir, runCli } from './fixtures/cli';

const CONFIG = JSON.stringify(ONLY_TERM_RULES);
const BAD = 'The Guillian-Barre syndrome page.\n';
const OLD = 'The Churg-Strauss syndrome page.\n';

test('stylish output: grouped by file, line:col severity message rule-id, then a summary; no colour off a TTY', async () => {
  const dir = fixtureDir({ '.neuroterm.json': CONFIG, 'a.md': `# Title\n\n${BAD}`, 'b.md': OLD, 'c.md': 'Clean.\n' });
  const { code, stdout } = await runCli(['check', '.'], dir);
  assert.equal(code, 1);
  // Messages belong to the rules; take them from the JSON output so this test checks only the layout.
  const json = JSON.parse((await runCli(['check', '.', '--format', 'json'], dir)).stdout);
  const [spelling, outdated] = [json.files[0].findings[0].message, json.files[1].findings[0].message];
  assert.match(spelling, /Guillian-Barre syndrome/);
  assert.equal(
    stdout,
    [
      'a.md',
      `  3:5  error    ${spelling}  spelling`,
      '',
      'b.md',
      `  1:5  warning  ${outdated}  outdated-term`,
      '',
      '2 problems (1 error, 1 warning, 0 info, 0 hints) in 3 files.',
      '',
    ].join('\n'),
  );
  assert.doesNotMatch(stdout, /\u001b\[/);
  const tty = await runCli(['check', 'a.md'], dir, { tty: true });
  assert.match(tty.stdout, /\u001b\[31merror/);
});

test('exit codes: 0 clean, 1 error finding, warnings within or over --max-warnings', async () => {
  const dir = fixtureDir({ '.neuroterm.json': CONFIG, 'bad.md': BAD, 'old.md': OLD, 'ok.md': 'Fine.\n' });
  assert.equal((await runCli(['check', 'ok.md'], dir)).code, 0);
  assert.equal((await runCli(['check', 'bad.md'], dir)).code, 1);
  assert.equal((await runCli(['check', 'old.md'], dir)).code, 0);
  assert.equal((await runCli(['check', 'old.md', '--max-warnings', '1'], dir)).code, 0);
  const over = await runCli(['check', 'old.md', '--max-warnings', '0'], dir);
  assert.equal(over.code, 1);
  assert.equal(over.stderr, 'neuroterm: 1 warnings, more than --max-warnings 0\n');
});

test('exit code 2 with one line for usage, config and I/O errors', async () => {
  const dir = fixtureDir({ 'ok.md': 'Fine.\n', 'bad/.neuroterm.json': '{"audience": "kids"}', 'bad/x.md': BAD });
  const cases: Array<[string[], string]> = [
    [['check', '--bogus'], "neuroterm: check: Unknown option '--bogus'\n"],
    [['check', 'missing.md'], 'neuroterm: no such file or directory: missing.md\n'],
    [['check', 'nothing/**/*.md'], 'neuroterm: no files match "nothing/**/*.md"\n'],
    [['check', 'ok.md', '--format', 'xml'], 'neuroterm: --format must be one of stylish, json, sarif, html (got "xml")\n'],
    [['check', 'ok.md', '--rule', 'nope=off'], 'neuroterm: --rule nope=off: unknown rule id or category "nope"\n'],
    [['check', 'ok.md', '--rule', 'spelling=loud'], 'neuroterm: --rule must be one of off, error, warning, info, hint (got "loud")\n'],
    [['check', 'ok.md', '--max-warnings', 'many'], 'neuroterm: --max-warnings must be a whole number (got "many")\n'],
    [['check', 'ok.md', '--config', 'none.json'], `neuroterm: cannot read config ${dir}/none.json: ENOENT\n`],
  ];
  for (const [argv, stderr] of cases) {
    const result = await runCli(argv, dir);
    assert.deepEqual([result.code, result.stderr], [2, stderr], argv.join(' '));
  }
  const unknown = await runCli(['frobnicate'], dir);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /^neuroterm: unknown command "frobnicate"; expected one of check, terms, explain, glossary.*\n$/);
  const badConfig = await runCli(['check', 'bad/x.md', '--format', 'json'], dir);
  assert.equal(badConfig.code, 2);
  assert.equal(badConfig.stderr, `${dir}/bad/.neuroterm.json:1:14: audience: expected one of patient, professional\n`);
  assert.equal(JSON.parse(badConfig.stdout).files[0].path, 'bad/x.md', 'the rest of the config still applies and the check runs');
});

test('config discovery: the nearest config up from each file wins', async () => {
  const dir = fixtureDir({
    '.neuroterm.json': CONFIG,
    'a.md': BAD,
    'quiet/.neuroterm.yaml': 'rules:\n  spelling: "off"\n  outdated-term: "off"\n',
    'quiet/deeper/b.md': BAD,
  });
  const { stdout } = await runCli(['check', '.', '--format', 'json'], dir);
  assert.deepEqual(
    JSON.parse(stdout).files.map((f: { path: string; findings: unknown[] }) => [f.path, f.findings.length]),
    [['a.md', 1], ['quiet/deeper/b.md', 0]],
  );
});

test('--config replaces discovery; --rule overrides the config; a rule id wins over its category', async () => {
  const dir = fixtureDir({ 'conf/strict.json': CONFIG, 'a.md': OLD });
  const withConfig = await runCli(['check', 'a.md', '--config', 'conf/strict.json', '--format', 'json'], dir);
  assert.equal(JSON.parse(withConfig.stdout).files[0].findings[0].severity, 'warning');
  const raised = await runCli(['check', 'a.md', '--config', 'conf/strict.json', '--rule', 'outdated-term=error', '--format', 'json'], dir);
  assert.equal(JSON.parse(raised.stdout).files[0].findings[0].severity, 'error');
  assert.equal(raised.code, 1);
  const off = await runCli(['check', 'a.md', '--config', 'conf/strict.json', '--rule', 'outdated-term=off', '--format', 'json'], dir);
  assert.deepEqual(JSON.parse(off.stdout).files[0].findings, []);
});

test('directories skip .gitignore matches, config ignore patterns, dot-folders and non-prose files', async () => {
  const dir = fixtureDir({
    '.git/HEAD': 'ref: refs/heads/main\n',
    '.gitignore': 'build/\n*.draft.md\n',
    '.neuroterm.json': JSON.stringify({ ...ONLY_TERM_RULES, ignore: ['archive/**'] }),
    'docs/a.md': BAD,
    'docs/b.draft.md': BAD,
    'docs/c.markdown': BAD,
    'docs/d.txt': BAD,
    'docs/e.html': BAD,
    'docs/sub/.gitignore': 'local.md\n',
    'docs/sub/local.md': BAD,
    'build/x.md': BAD,
    'archive/old.md': BAD,
    '.hidden/h.md': BAD,
    'node_modules/pkg/readme.md': BAD,
  });
  const { stdout } = await runCli(['check', '.', '--format', 'json'], dir);
  assert.deepEqual(JSON.parse(stdout).files.map((f: { path: string }) => f.path), ['docs/a.md', 'docs/c.markdown', 'docs/d.txt']);
  const explicit = await runCli(['check', 'docs/b.draft.md', '--format', 'json'], dir);
  assert.equal(JSON.parse(explicit.stdout).files[0].findings.length, 1, 'a file named explicitly is always checked');
  const glob = await runCli(['check', 'docs/**/*.md', '--format', 'json'], dir);
  assert.deepEqual(JSON.parse(glob.stdout).files.map((f: { path: string }) => f.path), ['docs/a.md']);
});

test('standard input with -', async () => {
  const dir = fixtureDir({ '.neuroterm.json': CONFIG });
  const { code, stdout } = await runCli(['check', '-', '--format', 'json'], dir, { stdin: BAD });
  assert.equal(code, 1);
  const file = JSON.parse(stdout).files[0];
  assert.deepEqual([file.path, file.findings[0].actual], ['-', 'Guillian-Barre syndrome']);
});

test('progress on a terminal for many files, cleared at the end; none off a terminal or for JSON', async () => {
  const files: Record<string, string> = { '.neuroterm.json': CONFIG };
  for (let i = 0; i < 20; i++) files[`f${i}.md`] = 'Fine.\n';
  const dir = fixtureDir(files);
  const tty = await runCli(['check', '.'], dir, { tty: true });
  assert.match(tty.stderr, /^\rChecked 1\/20 files/);
  assert.ok(tty.stderr.endsWith('\rChecked 20/20 files\r\u001b[K'), JSON.stringify(tty.stderr.slice(-40)));
  assert.equal((await runCli(['check', '.'], dir)).stderr, '');
  assert.equal((await runCli(['check', '.', '--format', 'json'], dir, { tty: true })).stderr, '');
});

test('a file over --max-file-size is skipped with a message, never read, and fails the run unless --allow-skipped', async () => {
  const dir = fixtureDir({ '.neuroterm.json': CONFIG, 'big.md': BAD.repeat(40), 'ok.md': 'Fine.\n' });
  const { code, stdout, stderr } = await runCli(['check', '.', '--max-file-size', '1000'], dir);
  assert.equal(code, 2);
  assert.equal(
    stderr,
    'neuroterm: big.md: Skipped: the file is 1.4 KB, over the neuroterm.maxFileSize limit of 1 KB. Raise the limit to check it.\n' +
      'neuroterm: 1 file was not checked; pass --allow-skipped to accept that\n',
  );
  assert.equal(stdout, 'No problems in 1 file. 1 file was not checked.\n');
  assert.equal((await runCli(['check', '.', '--max-file-size', '1000', '--allow-skipped'], dir)).code, 0);
  assert.equal((await runCli(['check', 'big.md', '--max-file-size', '0'], dir)).code, 1, '0 means no limit');
  assert.equal((await runCli(['check', 'big.md', '--max-file-size', 'lots'], dir)).code, 2);
});

test('a binary file named on the command line is skipped with a message and fails the run', async () => {
  const dir = fixtureDir({ '.neuroterm.json': CONFIG, 'image.md': `PNG\u0000\u0001${BAD}` });
  const { code, stdout, stderr } = await runCli(['check', 'image.md'], dir);
  assert.equal(code, 2);
  assert.equal(stderr, 'neuroterm: image.md: Skipped: the file looks binary (it contains NUL bytes).\nneuroterm: 1 file was not checked; pass --allow-skipped to accept that\n');
  assert.equal(stdout, 'No problems in 0 files. 1 file was not checked.\n');
  assert.equal((await runCli(['check', 'image.md', '--allow-skipped'], dir)).code, 0);
});

test('UTF-16 files (with a byte order mark) are decoded and checked; offsets count the mark', async () => {
  const text = `${BAD}`;
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const be = Buffer.from(le);
  be.swap16();
  const dir = fixtureDir({ '.neuroterm.json': CONFIG });
  const { writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  writeFileSync(join(dir, 'le.md'), le);
  writeFileSync(join(dir, 'be.md'), be);
  for (const name of ['le.md', 'be.md']) {
    const { code, stdout } = await runCli(['check', name, '--format', 'json'], dir);
    const findings = (JSON.parse(stdout) as { files: Array<{ findings: Array<{ offset: number; actual: string }> }> }).files[0]!.findings;
    assert.ok(findings.length > 0, name);
    assert.equal(text.slice(findings[0]!.offset - 1, findings[0]!.offset - 1 + findings[0]!.actual.length), findings[0]!.actual, name);
    assert.notEqual(code, 2, name);
  }
});

test('stylish output survives 200,000 findings in one file (no argument-count limit)', async () => {
  const { formatStylish } = await import('../../src/cli/format/stylish');
  const { Linter } = await import('../../src/core/index');
  const { terms } = await import('./helpers');
  const one = new Linter(terms).lint('Corticosteroids are an effective treatment for GBS.\n')[0]!;
  const findings = Array.from({ length: 200_000 }, (_, i) => ({ ...one, range: { start: { line: i, character: 0 }, end: { line: i, character: 15 } } }));
  const out = formatStylish([{ path: 'many.md', findings }], false);
  assert.equal(out.split('\n').filter((l) => l.includes('treatment-claim')).length, 200_000);
});
