import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleById } from '../../src/core/index';
import { lint } from './helpers';

const rule = ruleById('plain-language')!;
const found = (text: string, audience: 'patient' | 'professional' = 'patient') =>
  lint(text, { rules: [rule], settings: { audience } }).map((f) => [f.actual, f.severity, f.fixes.map((x) => x.newText)]);

test('plain-language: first use of a medical word gets info with an explain fix and a replace fix', () => {
  assert.deepEqual(found('Some people notice paresthesia first. Paresthesia can last.'), [
    ['paresthesia', 'info', ['paresthesia (tingling or pins and needles)', 'tingling or pins and needles']],
  ]);
});

test('plain-language: quiet when explained in place, for everyday synonyms, in headings and for professionals', () => {
  assert.deepEqual(found('Some people notice paresthesia (tingling) first.'), []);
  assert.deepEqual(found('Trouble swallowing (dysphagia) can make meals slow.'), []);
  assert.deepEqual(found('Some people notice tingling and numbness first.'), []);
  assert.deepEqual(found('# Dysphagia\n\nMeals can be slow.\n'), []);
  assert.deepEqual(found('Some people notice paresthesia first.', 'professional'), []);
});
