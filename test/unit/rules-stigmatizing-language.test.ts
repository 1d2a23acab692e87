import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleById, type Finding, type LintSettings } from '../../src/core/index';
import { lint } from './helpers';

const rule = ruleById('stigmatizing-language')!;
const check = (text: string, settings: Partial<LintSettings> = {}): Finding[] => lint(text, { rules: [rule], settings });
const brief = (text: string) => check(text).map((f) => [f.actual, f.severity, f.fixes[0]?.newText]);

test('stigmatizing-language: warning with a person-first fix that keeps the grammar', () => {
  const [f] = check('Adults suffering from CIDP may tire easily.');
  assert.deepEqual([f!.offset, f!.endOffset, f!.severity], [7, 21, 'warning']);
  assert.equal(f!.message, 'Write "living with" instead of "suffering from" (person-first, neutral wording).');
  assert.deepEqual(brief('He suffers from GBS.'), [['suffers from', 'warning', 'has']]);
  assert.deepEqual(brief('They were confined to wheelchairs for weeks.'), [['were confined to wheelchairs', 'warning', 'used wheelchairs']]);
  assert.deepEqual(brief('She became wheelchair-bound after GBS.'), [['became wheelchair-bound', 'warning', 'started to use a wheelchair']]);
  assert.deepEqual(brief('People afflicted by CIDP need support.'), [['afflicted by', 'warning', 'with']]);
});

test('stigmatizing-language: quotes, block quotes and first-person stories get a hint without a fix', () => {
  assert.deepEqual(brief('She told us, "My husband was a victim of GBS."'), [['victim of', 'hint', undefined]]);
  assert.deepEqual(brief('> Patients suffering from CIDP deserve answers.'), [['suffering from', 'hint', undefined]]);
  assert.deepEqual(brief('I was wheelchair-bound for a month after my GBS.'), [['was wheelchair-bound', 'hint', undefined]]);
});

test('stigmatizing-language: "victim" needs a condition in the sentence; neutral wording stays', () => {
  assert.deepEqual(brief('Victims of online scams lose money.'), []);
  assert.deepEqual(brief('She uses a wheelchair and lives with CIDP.'), []);
});

test('stigmatizing-language: configurable through the rules setting (identity-first preference)', () => {
  assert.deepEqual(check('He suffers from GBS.', { rules: { 'stigmatizing-language': 'off' } }), []);
  assert.equal(check('He suffers from GBS.', { rules: { 'stigmatizing-language': 'hint' } })[0]!.severity, 'hint');
});
