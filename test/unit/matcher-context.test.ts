import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TermMatcher } from '../../src/core/matcher';
import { entry } from './fixtures/mini-terminology';

const symptom = (id: string, preferred: string, extra = {}) => entry(id, preferred, { kind: 'symptom', site: 'none', ...extra });
const matcher = new TermMatcher([
  symptom('numbness', 'numbness', { inLists: ['numb'] }),
  symptom('tingling', 'tingling'),
  symptom('burning-pain', 'burning pain', { inLists: ['burning'] }),
  symptom('spasms', 'muscle spasms', { inLists: ['spasm'] }),
  entry('gbs', 'Guillain-Barré syndrome'),
]);
const match = (text: string) => matcher.match(text).map((m) => [m.text, m.termId, m.offset]);

test('a list word is a mention when a list separator joins it to a symptom named another way', () => {
  assert.deepEqual(match('numbness, tingling and burning'), [
    ['numbness', 'numbness', 0],
    ['tingling', 'tingling', 10],
    ['burning', 'burning-pain', 23],
  ]);
  assert.deepEqual(match('Burning/tingling'), [
    ['Burning', 'burning-pain', 0],
    ['tingling', 'tingling', 8],
  ]);
  assert.deepEqual(match('feeling numb, or tingling'), [
    ['numb', 'numbness', 8],
    ['tingling', 'tingling', 17],
  ]);
  // The list runs through other list words: "spasms" is joined to "tingling" through "burning".
  assert.deepEqual(match('tingling, burning; spasms'), [
    ['tingling', 'tingling', 0],
    ['burning', 'burning-pain', 10],
    ['spasms', 'spasms', 19],
  ]);
});

test('a list of two list words or more describes the symptom just before it: "the pain can be burning or numb"', () => {
  assert.deepEqual(match('The tingling can be burning or numb.'), [
    ['tingling', 'tingling', 4],
    ['burning', 'burning-pain', 20],
    ['numb', 'numbness', 31],
  ]);
  // One list word is not enough ("the pain can be weak" says how strong), nor a gap of other words.
  assert.deepEqual(match('The tingling is burning.'), [['tingling', 'tingling', 4]]);
  assert.deepEqual(match('The tingling in my toes is burning or numb.'), [['tingling', 'tingling', 4]]);
});

test('a list word alone, beside only other list words or only beside a non-symptom is left alone', () => {
  assert.deepEqual(match('Exercise helps with burning calories.'), []);
  assert.deepEqual(match('burning, or spasms'), []);
  assert.deepEqual(match('GBS and spasms'), []);
  assert.deepEqual(match('Guillain-Barré syndrome and spasms'), [['Guillain-Barré syndrome', 'gbs', 0]]);
  // A space alone, or more words than a separator, is no list.
  assert.deepEqual(match('burning tingling'), [['tingling', 'tingling', 8]]);
  assert.deepEqual(match('burning or even tingling'), [['tingling', 'tingling', 16]]);
  // A longer listed form still wins over its first word.
  assert.deepEqual(match('tingling and burning pain'), [
    ['tingling', 'tingling', 0],
    ['burning pain', 'burning-pain', 13],
  ]);
});

test('a list word must be a whole item: not the end of a longer name, nor a word describing the noun after the list', () => {
  assert.deepEqual(match('tingling and infantile spasms'), [['tingling', 'tingling', 0]]);
  assert.deepEqual(match('tingling, feeling emotionally numb'), [['tingling', 'tingling', 0]]);
  assert.deepEqual(match('tingling, numb hands'), [['tingling', 'tingling', 0]]);
  assert.deepEqual(match('sore, tingling or burning eyes'), [['tingling', 'tingling', 6]]);
  // Words that introduce an item or say how strong it is, and words after the list that place it, keep it whole.
  assert.deepEqual(match('tingling and very numb in the toes'), [
    ['tingling', 'tingling', 0],
    ['numb', 'numbness', 18],
  ]);
});

test('a Roman numeral after a word that counts things is a number, not an abbreviation spelled the same', () => {
  const numerals = new TermMatcher([entry('intravenous', 'intravenous', { kind: 'treatment', site: 'none', abbreviations: [{ abbr: 'IV' }] })]);
  const ivs = (text: string) => numerals.match(text).map((m) => [m.text, m.offset]);
  assert.deepEqual(ivs('Stage IV cancer, type IV reactions, a Class IV laser, phase III trials'), []);
  assert.deepEqual(ivs('Fluids by IV, then an IV drip'), [['IV', 10], ['IV', 22]]);
});
