import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleById } from '../../src/core/index';
import { JARGON } from '../../src/core/rules/plain-language/jargon';
import { applyFixes, lint } from './helpers';

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

test('small risks get a natural frequency hint whose fix adds it after the figure, in the unit the rate counts', () => {
  const rule = { rules: [ruleById('plain-language')!] };
  const hints = (text: string) => lint(text, rule).map((f) => [f.severity, f.actual, f.message, f.fixes[0]?.newText]);
  assert.deepEqual(hints('The risk is 0.3% per infusion.\n'), [
    ['hint', '0.3%', 'Patients read small risks more easily as a natural frequency: "0.3%" is about 1 in 330 people.', ' (about 1 in 330 people)'],
  ]);
  const vaccine = 'The extra risk is 1 or 2 cases per million doses.\n';
  assert.deepEqual(hints(vaccine).map((h) => h[3]), [' (about 1 in 1,000,000 to 1 in 500,000 doses)']);
  const fixed = applyFixes(vaccine, lint(vaccine, rule)).text;
  assert.equal(fixed, 'The extra risk is 1 or 2 cases per million doses (about 1 in 1,000,000 to 1 in 500,000 doses).\n');
  assert.deepEqual(hints(fixed), []);
  // Already natural, quoted to be rejected, not small, or professional text: nothing.
  for (const quiet of ['About 2 in every 100,000 people get it.', 'Some sites say 10 per 100,000, which is far too high.', 'About 80% recover.', 'It affects 1 per 100,000 people.']) {
    assert.deepEqual(hints(`${quiet}\n`), [], quiet);
  }
  assert.deepEqual(lint('The risk is 0.3% per infusion.\n', { ...rule, settings: { audience: 'professional' } }), []);
});

test('plain-language: clinical words that are not terminology entries, from the JARGON data', () => {
  for (const word of JARGON) {
    assert.equal(found(word.examples.flag).length, 1, word.examples.flag);
    assert.deepEqual(found(word.examples.ok), [], word.examples.ok);
  }
  // A noun can be replaced, matching the capital at a sentence start; an adjective can only be explained.
  assert.deepEqual(found('Prognosis varies. The prognosis is good.'), [['Prognosis', 'info', ['Prognosis (outlook)', 'Outlook']]]);
  const [f] = lint('The weakness is bilateral.', { rules: [rule] });
  assert.equal(f!.message, '"bilateral" is a medical word; for patients, explain it at first use: it means "on both sides".');
  assert.deepEqual([f!.offset, f!.endOffset, f!.fixes.map((x) => x.newText)], [16, 25, ['bilateral (on both sides)']]);
  // Part of a name the terminology knows, in a heading, or for professionals: quiet.
  assert.deepEqual(found('Idiopathic axonal polyneuropathy is rare.'), []);
  assert.deepEqual(found('# Prognosis\n\nMost people get better.\n'), []);
  assert.deepEqual(found('The prognosis is good.', 'professional'), []);
});
