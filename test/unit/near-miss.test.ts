import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseBlock } from '../../src/core/analyse-block';
import { nearWord } from '../../src/core/near-miss';
import { WORD_PATTERN } from '../../src/core/text/normalize';
import { terms } from './helpers';

const misspelled = (text: string): string[] =>
  analyseBlock(`${text}\n`, 'markdown', terms)
    .mentions.filter((m) => m.form === 'misspelling')
    .map((m) => `${m.text} -> ${m.termId}`);

test('near misses: one letter wrong, missing, extra or swapped in a listed name', () => {
  assert.deepEqual(misspelled('The spinal chord carries signals.'), ['spinal chord -> spinal-cord']);
  assert.deepEqual(misspelled('People with amyotrophic laterial sclerosis lose strength.'), ['amyotrophic laterial sclerosis -> amyotrophic-lateral-sclerosis']);
  assert.deepEqual(misspelled('Paranoeplastic syndrome is rare.'), ['Paranoeplastic syndrome -> paraneoplastic-syndrome']);
});

test('near misses: correct words, grammar endings and British spellings are left alone', () => {
  assert.deepEqual(misspelled('Diagnoses of CIDP take time. Paediatric neuropathy. Paralysed legs. Motor neurone disease. The neurologist examined her.'), []);
  assert.equal(nearWord('diagnoses', 'diagnosis'), false, 'a different ending is grammar');
  assert.equal(nearWord('paralysed', 'paralyzed'), false, 'British and American spellings');
  assert.equal(nearWord('chord', 'cord'), true);
  assert.equal(nearWord('paranoeplastic', 'paraneoplastic'), true, 'two letters swapped');
  assert.equal(nearWord('sheet', 'sheath'), false, 'two edits');
});

test('the matcher leaves the shared word pattern alone, so later word scans see every word', () => {
  terms.matcher.match('Guillain-Barré syndrome is rare and CIDP is not', 0, 20);
  assert.equal([...'one two three'.matchAll(WORD_PATTERN)].length, 3);
});
