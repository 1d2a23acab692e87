import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../src/core/text/sentences';

const split = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

test('sentences: stops, quotes, abbreviations and numbers', () => {
  assert.deepEqual(split('He said "I feel like a victim." I wrote it down.'), ['He said "I feel like a victim."', 'I wrote it down.']);
  assert.deepEqual(split('Some drugs, e.g. gabapentin, help. Dr. Smith agrees.'), ['Some drugs, e.g. gabapentin, help.', 'Dr. Smith agrees.']);
  assert.deepEqual(split('About 3.5 per 100,000 people. Rare.'), ['About 3.5 per 100,000 people.', 'Rare.']);
});

test('sentences: "No." ends a sentence unless a number follows; "U.S." does not end one', () => {
  assert.deepEqual(split('No. Multiple sclerosis affects the brain.'), ['No.', 'Multiple sclerosis affects the brain.']);
  assert.deepEqual(split('See form No. 5 for details. Then sign.'), ['See form No. 5 for details.', 'Then sign.']);
  assert.deepEqual(split('Researchers at the U.S. Centers for Disease Control ran it. It ended.'), [
    'Researchers at the U.S. Centers for Disease Control ran it.',
    'It ended.',
  ]);
});

test('sentences: a stop with no space before the next sentence splits; a domain name does not', () => {
  assert.deepEqual(split('Lupus can cause foot pain.Neuropathy can cause burning.'), ['Lupus can cause foot pain.', 'Neuropathy can cause burning.']);
  assert.deepEqual(split('Visit example.com or WebMD.com today.'), ['Visit example.com or WebMD.com today.']);
});

test('sentences: a footnote number after the stop ends the sentence with it; a decimal or a count does not', () => {
  assert.deepEqual(split('It attacks the receptors instead of protecting them from harm.4 Because of this, rest helps.'), [
    'It attacks the receptors instead of protecting them from harm.4',
    'Because of this, rest helps.',
  ]);
  assert.deepEqual(split('Most people recover.[12] Some do not.'), ['Most people recover.[12]', 'Some do not.']);
  assert.deepEqual(split('The dose was 2.4 Grams a day.'), ['The dose was 2.4 Grams a day.']);
  assert.deepEqual(split('It affects about 1 in 100,000.2 In children it is rarer.'), ['It affects about 1 in 100,000.2 In children it is rarer.']);
});
