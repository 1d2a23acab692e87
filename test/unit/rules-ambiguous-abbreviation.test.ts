import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleById, type Finding } from '../../src/core/index';
import { lint } from './helpers';

const rule = ruleById('ambiguous-abbreviation')!;
const check = (text: string): Finding[] => lint(text, { rules: [rule] });
const flagged = (text: string) => check(text).map((f) => [f.offset, f.actual, f.severity]);

test('ambiguous-abbreviation: never expanded, flagged once at the first use with its sourced other meanings', () => {
  const [f, ...rest] = check('Some people receive PE in hospital. PE takes a few days.');
  assert.equal(rest.length, 0);
  assert.deepEqual([f!.offset, f!.endOffset, f!.termId], [20, 22, 'plasma-exchange']);
  // No other meaning of PE is sourced in the reference, so none is named.
  assert.equal(f!.message, '"PE" has more than one meaning; write "plasma exchange (PE)" at first use.');
  assert.equal(f!.fixes[0]!.newText, 'plasma exchange (PE)');
  const [ms] = check('MS damages the myelin in the brain.');
  assert.equal(ms!.message, '"MS" has more than one meaning (also mitral stenosis, morphine sulfate, magnesium sulfate); write "Multiple sclerosis (MS)" at first use.');
});

test('ambiguous-abbreviation: neurology words or the long form alone do not settle the meaning; a paired expansion anywhere does', () => {
  assert.deepEqual(flagged('MS damages the myelin in the brain and spinal cord.'), [[0, 'MS', 'warning']]);
  assert.deepEqual(flagged('MS damages myelin. Later we explain multiple sclerosis (MS) in detail.'), []);
  assert.deepEqual(flagged('Plasma exchange (PLEX) filters the blood. Your first PE session is long.'), [[53, 'PE', 'warning']]);
  assert.deepEqual(flagged('Multiple sclerosis (MS) damages myelin. MS is lifelong.'), []);
});

test('ambiguous-abbreviation: Do Not Use forms are errors only in a sentence about a medicine or dose', () => {
  assert.deepEqual(flagged('Multiple sclerosis (MS) is lifelong. The nurse gave MS 4 mg for pain.'), [[52, 'MS', 'error']]);
  assert.deepEqual(flagged('Multiple sclerosis (MS) is lifelong. People with MS may get steroid infusions.'), []);
  const [f] = check('The ward keeps MSO4 locked away.');
  assert.deepEqual([f!.actual, f!.severity, f!.fixes.map((x) => x.newText)], ['MSO4', 'error', ['morphine sulfate']]);
});

test('ambiguous-abbreviation: an abbreviation inside an organisation name is the name, not a use to expand', () => {
  assert.deepEqual(flagged('Ask the MS Society or the GBS-CIDP Foundation International for a leaflet.'), []);
  assert.deepEqual(flagged('The GBS/CIDP Foundation runs a helpline. GBS is rare.'), [[41, 'GBS', 'warning']]);
});
