import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import { RULES } from '../../src/core/index';
import { ONLY_TERM_RULES, fixtureDir, runCli } from './fixtures/cli';

/** The official SARIF 2.1.0 schema (draft-04), as shipped in @microsoft/jest-sarif; ajv 8 reads it as draft-07. */
function sarifValidator() {
  const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  schema.$id = schema.id;
  delete schema.id;
  delete schema.$schema;
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:[^\s]*$/i);
  ajv.addFormat('uri-reference', /^[^\s]*$/);
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile(schema);
}

const TEXT = 'Intro.\n\nChurg-Strauss syndrome and Guillian-Barre syndrome, in docs/\u{1F9E0}.\n';

test('check --format sarif is valid SARIF 2.1.0 with rule metadata, regions and fixes', async () => {
  const dir = fixtureDir({ '.neuroterm.json': JSON.stringify(ONLY_TERM_RULES), 'docs/my notes.md': TEXT });
  const { code, stdout } = await runCli(['check', 'docs', '--format', 'sarif'], dir);
  assert.equal(code, 1);
  const log = JSON.parse(stdout);
  const validate = sarifValidator();
  assert.equal(validate(log), true, JSON.stringify(validate.errors, null, 2));

  const run = log.runs[0];
  assert.equal(log.version, '2.1.0');
  assert.equal(run.columnKind, 'utf16CodeUnits');
  assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, pathToFileURL(dir + '/').href);
  assert.deepEqual(run.tool.driver.rules.map((r: { id: string }) => r.id), RULES.map((r) => r.id));
  const spelling = run.tool.driver.rules.find((r: { id: string }) => r.id === 'spelling');
  assert.equal(spelling.helpUri, 'https://github.com/neuroterm/neuroterm/blob/main/docs/rules/spelling.md');
  assert.equal(spelling.defaultConfiguration.level, 'error');

  assert.deepEqual(
    run.results.map((r: any) => [r.ruleId, run.tool.driver.rules[r.ruleIndex].id, r.level, r.locations[0].physicalLocation.artifactLocation.uri]),
    [
      ['outdated-term', 'outdated-term', 'warning', 'docs/my%20notes.md'],
      ['spelling', 'spelling', 'error', 'docs/my%20notes.md'],
    ],
  );
  const offset = TEXT.indexOf('Guillian');
  assert.deepEqual(run.results[1].locations[0].physicalLocation.region, {
    startLine: 3,
    startColumn: 28,
    endLine: 3,
    endColumn: 51,
    charOffset: offset,
    charLength: 23,
  });
  assert.deepEqual(run.results[1].fixes[0].artifactChanges[0].replacements, [
    { deletedRegion: { charOffset: offset, charLength: 23 }, insertedContent: { text: 'Guillain-Barré syndrome' } },
  ]);
});

test('an empty run is valid SARIF too', async () => {
  const dir = fixtureDir({ 'a.md': 'Nothing here.\n' });
  const { code, stdout } = await runCli(['check', 'a.md', '--format', 'sarif'], dir);
  assert.equal(code, 0);
  const log = JSON.parse(stdout);
  assert.equal(sarifValidator()(log), true);
  assert.deepEqual(log.runs[0].results, []);
});

test('the schema check is real: a broken log fails', () => {
  assert.equal(sarifValidator()({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }), false);
});
