import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Linter } from '../../src/core/index';
import { terms } from './helpers';

const asks = (text: string): string[] =>
  new Linter(terms)
    .lint(text)
    .filter((f) => f.ruleId === 'numeric-claim' && f.message.startsWith('Add a source'))
    .map((f) => f.actual);

test('numeric-claim: a source line covers the figures after it in its section, not in the next one', () => {
  const text = '# Flu vaccines\n\n## Risk\n\nCDC on Guillain-Barré syndrome and flu vaccine\n\nThe added risk is about 1 in 1,000,000 people.\n\n## Children\n\nAbout 1 in 100,000 children get it each year.\n';
  assert.deepEqual(asks(text), ['1 in 100,000']);
});

test('numeric-claim: a text that says where it comes from covers all its figures; a source named in passing covers its paragraph only', () => {
  assert.deepEqual(asks('# Talk\n\nThis discussion of nerve damage is taken from a talk given by a rheumatologist.\n\nAt least 20% of people with lupus have it.\n'), []);
  assert.deepEqual(asks('# Notes\n\nThe Mayo Clinic has long studied this illness, as many people know from its website and its books.\n\nAt least 20% of people with lupus have it.\n'), ['20%']);
});

test('numeric-claim: a database or registry named by its acronym is a named source; an unnamed one is not', () => {
  assert.deepEqual(asks('Research with the ALS CARE database found that 60% of the patients were men.\n'), []);
  assert.deepEqual(asks('A patient database found that 60% of the patients were men.\n'), ['60%']);
});
