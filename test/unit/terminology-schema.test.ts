import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { README_PATH, SCHEMA_PATH, entriesTable, schemaText, withTable } from '../../scripts/terminology-docs';
import bundled from '../../src/generated/terminology.json';
import { unpackTerminology, type PackedTerminology } from '../../src/core/terminology/packed';
import { ENTRY_SPEC, checkShape } from '../../src/core/terminology/shape';

const root = join(import.meta.dirname, '..', '..');
const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
const validate = new Ajv({ allErrors: true }).compile(schema);
const entryFiles = readdirSync(join(root, 'terminology', 'entries')).filter((f) => f.endsWith('.yaml'));

test('terminology/schema.json is current (npm run terminology:docs)', () => {
  assert.equal(readFileSync(SCHEMA_PATH, 'utf8'), schemaText());
});

test('the generated entries table in terminology/README.md is current (npm run terminology:docs)', () => {
  const readme = readFileSync(README_PATH, 'utf8');
  // The compiled index equals the sources (terminology.test.ts checks that), so the table can be built from it.
  assert.equal(readme, withTable(readme, entriesTable(unpackTerminology(bundled as PackedTerminology))));
});

test('every bundled entries file conforms to schema.json (checked by ajv)', () => {
  assert.ok(entryFiles.length >= 11);
  for (const file of entryFiles) {
    const ok = validate(parse(readFileSync(join(root, 'terminology', 'entries', file), 'utf8')));
    assert.equal(ok, true, `${file}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
  }
});

test('schema.json and the built-in checker reject the same broken values', () => {
  const data = parse(readFileSync(join(root, 'test', 'fixtures', 'terminology', 'schema-violations.yaml'), 'utf8'));
  assert.equal(validate(data), false);
  const fromAjv = new Set((validate.errors ?? []).map((e) => e.instancePath + (e.keyword === 'additionalProperties' ? `/${(e.params as { additionalProperty: string }).additionalProperty}` : '')));
  const fromChecker = new Set(checkShape(data.entries[0], ENTRY_SPEC, ['entries', 0]).map((p) => '/' + p.path.join('/')));
  for (const path of fromChecker) assert.ok(fromAjv.has(path), `ajv does not report ${path}: ${[...fromAjv].join(', ')}`);
});
