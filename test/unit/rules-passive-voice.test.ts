import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleById, type Finding, type LintSettings } from '../../src/core/index';
import { findPassives } from '../../src/core/text/passive';
import { PASSIVE_EXAMPLES } from '../../src/core/text/passive-words';
import { lint } from './helpers';

const rule = ruleById('passive-voice')!;
const check = (text: string, settings: Partial<LintSettings> = {}): Finding[] => lint(text, { rules: [rule], settings });

// 25 words, one agentless passive ("is usually given").
const LONG = 'After the tests, the medicine is usually given through a thin tube in a vein of the arm over a few hours on two days.';

test('passive-voice data: every example reads as its data says', () => {
  for (const { sentence, passive, agent } of PASSIVE_EXAMPLES) {
    const found = findPassives(sentence).map((p) => [sentence.slice(p.start, p.end), p.agent]);
    assert.deepEqual(found, passive ? [[passive, agent ?? false]] : [], sentence);
  }
});

test('passive-voice: an agentless passive in a long sentence is a hint on the verb, with the reason', () => {
  const text = `# Treatment\n\n${LONG}\n`;
  const [f, ...rest] = check(text);
  assert.equal(rest.length, 0);
  const start = text.indexOf('is usually given');
  assert.deepEqual(
    { ruleId: f!.ruleId, category: f!.category, severity: f!.severity, offset: f!.offset, endOffset: f!.endOffset, actual: f!.actual, fixes: f!.fixes },
    { ruleId: 'passive-voice', category: 'readability', severity: 'hint', offset: start, endOffset: start + 'is usually given'.length, actual: 'is usually given', fixes: [] },
  );
  assert.equal(
    f!.message,
    'Passive voice hides who acts: "is usually given" does not say who does it. In a sentence of 25 words that is harder to follow; consider naming who does it, or splitting the sentence.',
  );
});

test('passive-voice: quiet on short sentences, named actors, professional audience and when readability is off', () => {
  assert.deepEqual(check('The medicine is usually given through a drip.'), []);
  assert.deepEqual(check(LONG.replace('is usually given', 'is usually given by a nurse')), []);
  assert.deepEqual(check(LONG, { audience: 'professional' }), []);
  assert.deepEqual(check(LONG, { rules: { readability: 'off' } }), []);
  assert.equal(check(LONG, { rules: { readability: 'off', 'passive-voice': 'info' } })[0]?.severity, 'info');
});

test('passive-voice: participles that name a state or report evidence are not passive voice', () => {
  const states = [
    'Many people are tired for weeks after the illness, and some of them are worried that the weakness will come back again one day.',
    'This rare form of the illness is known as Miller Fisher syndrome, and it mostly involves the eye muscles and the balance of the body.',
    'Treatment with the drip has been shown to help about two out of three people with this illness, according to a large review of trials.',
    'Myelin is made of fat and protein, and it wraps around the long part of each nerve like the plastic coating around a copper wire.',
  ];
  for (const sentence of states) assert.deepEqual(check(sentence), [], sentence);
});

test('passive-voice: in plain text, a title line without a full stop does not lengthen the sentence after it', () => {
  // 8 title words and 15 sentence words: 23 together, 15 in the sentence.
  const text = 'How the drip works in the day clinic\nThe medicine is usually given through a thin tube in a vein of the arm.\n';
  assert.deepEqual(lint(text, { rules: [rule], format: 'text' }), []);
});
