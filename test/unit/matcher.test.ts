import { test } from 'node:test';
import assert from 'node:assert/strict';
import { terms } from './helpers';

const match = (text: string) => terms.matcher.match(text).map((m) => [m.text, m.termId, m.form]);

test('matches the preferred term with diacritics, dash and line-break variants', () => {
  assert.deepEqual(match('Guillain-Barré syndrome, Guillain–Barre syndrome and Guillain Barré\nsyndrome.'), [
    ['Guillain-Barré syndrome', 'guillain-barre-syndrome', 'preferred'],
    ['Guillain–Barre syndrome', 'guillain-barre-syndrome', 'preferred'],
    ['Guillain Barré\nsyndrome', 'guillain-barre-syndrome', 'preferred'],
  ]);
});

test('abbreviations match case-sensitively', () => {
  assert.deepEqual(match('MS and ms and Ms.'), [['MS', 'multiple-sclerosis', 'abbreviation']]);
});

test("an abbreviation's plural takes a small s: \"LPs\" is lumbar punctures, \"LPS\" another abbreviation", () => {
  assert.deepEqual(match('Two LPs were done; the LPS lifts the lid.'), [['LPs', 'lumbar-puncture', 'abbreviation']]);
});

test('an abbreviation hyphened to more capitals is part of another code; lower case after the hyphen keeps it', () => {
  assert.deepEqual(match('the NIS-LL and the MG-ADL'), []);
  assert.deepEqual(match('IVIG-treated people with MG'), [
    ['IVIG', 'ivig', 'abbreviation'],
    ['MG', 'myasthenia-gravis', 'abbreviation'],
  ]);
});

test('longest match wins and a paragraph break ends a term', () => {
  assert.deepEqual(match('multiple\n\nsclerosis'), []);
  assert.deepEqual(match('chronic inflammatory demyelinating polyneuropathy'), [
    ['chronic inflammatory demyelinating polyneuropathy', 'cidp', 'preferred'],
  ]);
});

test('a longer term that starts inside a match and runs past it wins', () => {
  assert.deepEqual(match('peripheral nerve conduction studies'), [['nerve conduction studies', 'nerve-conduction-studies', 'preferred']]);
  assert.deepEqual(match('the peripheral nerve was cut'), [['peripheral nerve', 'peripheral-nerves', 'synonym']]);
});

test('possessives, plurals, curly apostrophes and misspellings', () => {
  const found = terms.matcher.match('Guillain-Barré syndrome’s course; corticosteroids; CIDPs; Guillian-Barre syndrome');
  assert.deepEqual(
    found.map((m) => [m.text, m.form, m.possessive, m.plural]),
    [
      ['Guillain-Barré syndrome’s', 'preferred', true, false],
      ['corticosteroids', 'preferred', false, false],
      ['CIDPs', 'abbreviation', false, true],
      ['Guillian-Barre syndrome', 'misspelling', false, false],
    ],
  );
});

test('a chemical name keeps its comma between position numbers, and only there', () => {
  assert.deepEqual(match('She takes 3,4-DAP; 3,4-Diaminopyridine is its full name.'), [
    ['3,4-DAP', 'amifampridine', 'abbreviation'],
    ['3,4-Diaminopyridine', 'amifampridine', 'synonym'],
  ]);
  // A comma between words is a list, not one name.
  assert.deepEqual(match('plasma, exchange'), [['plasma', 'blood-plasma', 'preferred']]);
});
