import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildGlossary, findMentions } from '../../src/core/index';
import { fixtureDir, runCli } from './fixtures/cli';
import { miniTerms } from './fixtures/mini-terminology';

test('glossary: entries in alphabetical order with patient definitions, then the abbreviations used', () => {
  const text = 'IVIG helps some people with GBS.\n\nA Guillian-Barre syndrome relapse. Churg-Strauss syndrome.\n\n`CIDP` in code.';
  assert.equal(
    buildGlossary(findMentions(text, miniTerms), miniTerms),
    [
      '## Glossary',
      '',
      '**Eosinophilic granulomatosis with polyangiitis**: Test definition of eosinophilic granulomatosis with polyangiitis.',
      '',
      '**Guillain-Barré syndrome** (GBS): Test definition of Guillain-Barré syndrome.',
      '',
      '**Intravenous immunoglobulin** (IVIG): Test definition of intravenous immunoglobulin.',
      '',
      '## Abbreviations',
      '',
      '| Abbreviation | Meaning |',
      '| --- | --- |',
      '| GBS | Guillain-Barré syndrome |',
      '| IVIG | intravenous immunoglobulin |',
      '',
    ].join('\n'),
  );
  assert.match(buildGlossary(findMentions('GBS', miniTerms), miniTerms, { audience: 'professional', headingLevel: 3 }), /^### Glossary\n\n\*\*Guillain-Barré syndrome\*\* \(GBS\): Clinical test definition/);
  assert.equal(buildGlossary([], miniTerms), 'No terms from the NeuroTerm terminology were found.\n');
});

test('glossary command prints the bundled definitions', async () => {
  const dir = fixtureDir({ 'a.md': 'Living with CIDP.\n' });
  const { code, stdout } = await runCli(['glossary', 'a.md'], dir);
  assert.equal(code, 0);
  assert.match(stdout, /^## Glossary\n\n\*\*Chronic inflammatory demyelinating polyneuropathy\*\* \(CIDP\): \S/);
  assert.match(stdout, /\| CIDP \| chronic inflammatory demyelinating polyneuropathy \|\n$/);
});

test('terms table lists each occurrence with its position and entry', async () => {
  const dir = fixtureDir({ 'a.md': 'GBS and\nChurg-Strauss syndrome.\n' });
  const { code, stdout } = await runCli(['terms', 'a.md'], dir);
  assert.equal(code, 0);
  assert.equal(
    stdout,
    [
      'a.md',
      '  1:1  abbreviation  GBS                     Guillain-Barré syndrome (guillain-barre-syndrome)',
      '  2:1  outdated      Churg-Strauss syndrome  eosinophilic granulomatosis with polyangiitis (egpa)',
      '  2 term occurrences',
      '',
    ].join('\n'),
  );
});

test('explain: a rule, a category, a term by id, name or abbreviation; unknown is exit 2', async () => {
  const dir = fixtureDir({});
  const rule = await runCli(['explain', 'spelling'], dir);
  assert.equal(rule.code, 0);
  assert.match(rule.stdout, /spelling/);
  const category = await runCli(['explain', 'outdated-term'], dir);
  assert.equal(category.code, 0);
  for (const query of [['guillain-barre-syndrome'], ['Guillain', 'Barre', 'syndrome'], ['GBS']]) {
    const term = await runCli(['explain', ...query], dir);
    assert.equal(term.code, 0, query.join(' '));
    assert.match(term.stdout, /^Guillain-Barré syndrome \(guillain-barre-syndrome, disease\)\n/);
    assert.match(term.stdout, /\nFor patients: \S/);
    assert.match(term.stdout, /\nSources:\n {2}- \S/);
  }
  const unknown = await runCli(['explain', 'flux', 'capacitor'], dir);
  assert.deepEqual([unknown.code, unknown.stderr], [2, 'neuroterm: explain: "flux capacitor" is neither a rule id, a category nor a known term\n']);
});

test('help and version', async () => {
  const dir = fixtureDir({});
  const help = await runCli(['--help'], dir);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /neuroterm check \[paths \| globs \| -\]/);
  assert.equal((await runCli([], dir)).code, 2);
  assert.match((await runCli(['--version'], dir)).stdout, /^\d+\.\d+\.\d+/);
  const checkHelp = await runCli(['check', '--help'], dir);
  assert.match(checkHelp.stdout, /--max-warnings N/);
});

test('terms and glossary use the terminology files of the nearest config', async () => {
  const dir = fixtureDir({
    '.neuroterm.yaml': 'terminology: [house.yaml]\n',
    'house.yaml': 'entries:\n  - id: guillain-barre-syndrome\n    misspellings: [Guilain Bare syndrome]\n',
    'docs/a.md': 'About Guilain Bare syndrome.\n',
  });
  const terms = await runCli(['terms', 'docs/a.md', '--format', 'json'], dir);
  assert.equal(terms.code, 0, terms.stderr);
  assert.deepEqual(
    JSON.parse(terms.stdout).files[0].terms.map((t: { form: string; text: string }) => [t.form, t.text]),
    [['misspelling', 'Guilain Bare syndrome']],
  );
  const glossary = await runCli(['glossary', 'docs/a.md'], dir);
  assert.match(glossary.stdout, /^## Glossary\n\n\*\*Guillain-Barré syndrome\*\*: \S/);
  const broken = fixtureDir({ '.neuroterm.yaml': 'terminology: [house.yaml]\naudience: kids\n', 'house.yaml': 'entries: []\n', 'a.md': 'GBS\n' });
  const warned = await runCli(['terms', 'a.md'], broken);
  assert.equal(warned.code, 2);
  assert.match(warned.stderr, /\.neuroterm\.yaml:2:11: audience: expected one of patient, professional\n$/);
});
