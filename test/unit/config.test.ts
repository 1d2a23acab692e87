import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { configSchema, formatConfigProblem, parseConfig } from '../../src/core/index';

test('a valid JSON config gives settings, terminology and ignore, and no problems', () => {
  const text = JSON.stringify({
    $schema: './node_modules/neuroterm/dist/schemas/config.schema.json',
    rules: { spelling: 'warning', 'absolute-claim': 'off' },
    audience: 'professional',
    eponymStyle: 'possessive',
    terminology: ['terms/house.yaml'],
    ignore: ['drafts/**'],
    readabilityTarget: 9,
    knownAbbreviations: ['MRI'],
  });
  assert.deepEqual(parseConfig(text, '.neuroterm.json'), {
    config: {
      settings: {
        rules: { spelling: 'warning', 'absolute-claim': 'off' },
        audience: 'professional',
        eponymStyle: 'possessive',
        readabilityTarget: 9,
        knownAbbreviations: ['MRI'],
      },
      terminology: ['terms/house.yaml'],
      ignore: ['drafts/**'],
    },
    problems: [],
  });
});

test('YAML works the same', () => {
  const { config, problems } = parseConfig('audience: patient\nrules:\n  spelling: error\n', '.neuroterm.yaml');
  assert.deepEqual(problems, []);
  assert.deepEqual(config.settings, { audience: 'patient', rules: { spelling: 'error' } });
});

test('an unknown key and a bad value are named with file, key and line; the rest still applies', () => {
  const text = '{\n  "audience": "kids",\n  "eponymStyle": "possessive",\n  "colour": true,\n  "rules": {\n    "spelling": "loud",\n    "no-such-rule": "off",\n    "outdated-term": "off"\n  }\n}\n';
  const { config, problems } = parseConfig(text, 'docs/.neuroterm.json');
  assert.deepEqual(config.settings, { eponymStyle: 'possessive', rules: { 'outdated-term': 'off' } });
  assert.deepEqual(problems.map(formatConfigProblem), [
    'docs/.neuroterm.json:2:15: audience: expected one of patient, professional',
    'docs/.neuroterm.json:4:3: colour: unknown key; expected one of rules, audience, eponymStyle, terminology, ignore, readabilityTarget, knownAbbreviations',
    'docs/.neuroterm.json:6:17: rules.spelling: expected one of off, error, warning, info, hint',
    'docs/.neuroterm.json:7:5: rules.no-such-rule: unknown rule id or category; `neuroterm explain` lists them',
  ]);
});

test('wrong types: lists, numbers, a non-object root', () => {
  const { config, problems } = parseConfig('ignore: drafts\nreadabilityTarget: 40\nknownAbbreviations: [MRI, 3]\n', 'c.yaml');
  assert.deepEqual(config, { settings: { knownAbbreviations: ['MRI'] }, terminology: [], ignore: [] });
  assert.deepEqual(
    problems.map((p) => [p.key, p.line, p.message]),
    [
      ['ignore', 1, 'expected a list of strings'],
      ['readabilityTarget', 2, 'expected a number from 1 to 18'],
      ['knownAbbreviations[1]', 3, 'expected a non-empty string'],
    ],
  );
  assert.deepEqual(parseConfig('[1, 2]', 'c.json').problems.map((p) => p.key), ['(root)']);
});

test('syntax errors and duplicate keys are reported with a line; an empty file is fine', () => {
  const broken = parseConfig('{\n  "audience": "patient",,\n}', 'c.json');
  assert.equal(broken.problems[0]?.key, '(syntax)');
  assert.equal(broken.problems[0]?.line, 2);
  const duplicate = parseConfig('{"audience": "patient",\n "audience": "professional"}', 'c.json');
  assert.deepEqual(duplicate.problems.map((p) => [p.key, p.line]), [['(syntax)', 2]]);
  assert.deepEqual(parseConfig('', 'c.json'), { config: { settings: {}, terminology: [], ignore: [] }, problems: [] });
});

test('the generated JSON Schema accepts what the parser accepts and rejects what it rejects', () => {
  const validate = new Ajv({ allErrors: true }).compile(configSchema());
  const good = { rules: { spelling: 'off', 'stigmatizing-language': 'hint' }, audience: 'patient', ignore: ['x/**'], readabilityTarget: 8 };
  assert.equal(validate(good), true);
  assert.deepEqual(parseConfig(JSON.stringify(good), 'c.json').problems, []);
  for (const bad of [{ colour: 1 }, { audience: 'kids' }, { rules: { spelling: 'loud' } }, { rules: { nope: 'off' } }, { rules: { style: 'off' } }, { readabilityTarget: 0 }, { ignore: 'x' }]) {
    assert.equal(validate(bad), false, JSON.stringify(bad));
    assert.equal(parseConfig(JSON.stringify(bad), 'c.json').problems.length, 1, JSON.stringify(bad));
  }
});

test('the build writes the generated schema to dist/schemas for the extension to bind', () => {
  const built = JSON.parse(readFileSync(join(__dirname, '..', '..', 'dist', 'schemas', 'config.schema.json'), 'utf8'));
  assert.deepEqual(built, configSchema());
});
