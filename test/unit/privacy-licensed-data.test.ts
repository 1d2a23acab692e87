import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { parse, type Node } from 'acorn';
import { simple } from 'acorn-walk';
import bundled from '../../src/generated/terminology.json';
import { bundlesIn } from './privacy-scan';

/**
 * SNOMED CT may not ship (NOTES.md §3): no field for it, no code labelled with it, and no
 * `snomed_restricted` licence flag copied from the reference. A sentence that names SNOMED CT to
 * forbid it (as the terminology schema does) is allowed.
 */
const RESTRICTED_KEY = /snomed|sctid|licence_flag/i;
const RESTRICTED_VALUE = /snomed[\s_-]*(?:ct)?[\s:#=]*\d{6,18}|snomed_restricted|\bsctid\b/i;
/** The code systems the terminology may carry; a new one must be added here after a licence review. */
const ALLOWED_CODE_SYSTEMS = new Set(['icd10cm', 'icd11', 'mesh', 'mondo', 'orpha', 'hpo']);

/** Restricted keys and values in plain data (the compiled terminology). */
function restrictedInData(value: unknown, path = '$'): string[] {
  if (typeof value === 'string') return RESTRICTED_VALUE.test(value) ? [`${path}: ${value.slice(0, 60)}`] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => restrictedInData(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => [...(RESTRICTED_KEY.test(k) ? [`${path}.${k}`] : []), ...restrictedInData(v, `${path}.${k}`)]);
  }
  return [];
}

/** Restricted property keys and string values in JavaScript, read from its syntax tree. */
function restrictedInCode(code: string): string[] {
  const out: string[] = [];
  const tree = parse(code, { ecmaVersion: 'latest', sourceType: 'script', allowHashBang: true, allowReturnOutsideFunction: true });
  simple(tree, {
    Property(node) {
      const key = node.key as Node & { name?: string; value?: unknown };
      const name = key.type === 'Identifier' ? key.name : key.value;
      if (typeof name === 'string' && RESTRICTED_KEY.test(name)) out.push(`key ${name}`);
    },
    Literal(node) {
      if (typeof node.value === 'string' && RESTRICTED_VALUE.test(node.value)) out.push(`value ${node.value.slice(0, 60)}`);
    },
    TemplateElement(node) {
      if (RESTRICTED_VALUE.test(node.value.cooked ?? '')) out.push(`template ${node.value.raw.slice(0, 60)}`);
    },
  });
  return out;
}

test('the restricted-data check finds SNOMED fields, labelled codes and licence flags, and allows a prohibition', () => {
  assert.deepEqual(restrictedInData({ entries: [{ codes: { snomed: '40956001' } }] }), ['$.entries[0].codes.snomed']);
  assert.deepEqual(restrictedInData({ note: 'SNOMED CT 40956001' }), ['$.note: SNOMED CT 40956001']);
  assert.deepEqual(restrictedInCode('var e = { codes: { "sctid": "1" }, flag: "snomed_restricted" };'), ['key sctid', 'value snomed_restricted']);
  assert.deepEqual(restrictedInCode('var d = { description: "never SNOMED CT" };'), []);
});

test('licences: the compiled terminology carries no SNOMED CT field or code', () => {
  assert.deepEqual(restrictedInData(bundled), []);
});

test('licences: every code system in the terminology is one cleared for shipping', () => {
  const systems = new Set((bundled as { entries: Array<{ codes?: object }> }).entries.flatMap((e) => Object.keys(e.codes ?? {})));
  for (const system of systems) assert.ok(ALLOWED_CODE_SYSTEMS.has(system), `code system "${system}" needs a licence review and a NOTICE line`);
});

test('licences: no shipped bundle carries a SNOMED CT field, code or licence flag', () => {
  const bundles = bundlesIn('dist');
  assert.ok(bundles.length > 0, 'run npm run build first');
  for (const bundle of bundles) assert.deepEqual(restrictedInCode(readFileSync(bundle, 'utf8')), [], bundle);
});

test('licences: NOTICE credits every shipped data source and the package ships it', () => {
  assert.ok(existsSync('NOTICE'), 'NOTICE exists');
  const notice = readFileSync('NOTICE', 'utf8');
  for (const source of ['MONDO', 'Orphanet', 'MeSH', 'Human Phenotype Ontology', 'ICD-10-CM', 'CC BY 4.0']) assert.ok(notice.includes(source), `NOTICE names ${source}`);
  const ignore = readFileSync('.vscodeignore', 'utf8');
  assert.match(ignore, /^!NOTICE/m, '.vscodeignore ships NOTICE');
});
