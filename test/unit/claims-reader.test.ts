import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseBlock } from '../../src/core/analyse-block';
import { compareWithFacts } from '../../src/core/claims/compare';
import { findTriggers } from '../../src/core/claims/context';
import { readClaims } from '../../src/core/claims/reader';
import { PSEUDO_TRIGGERS, TRIGGERS } from '../../src/core/claims/triggers';
import { terms } from './helpers';

/** Each claim of `text` as one line: attribute subject -predicate-> object [framing] verdict. */
function read(text: string): string[] {
  const block = analyseBlock(`${text}\n`, 'markdown', terms);
  return readClaims(block, terms).map((c) => {
    const framing = [c.negated ? 'negated' : '', c.certainty === 'stated' ? '' : c.certainty, c.attribution === 'writer' ? '' : c.attribution, c.timing ?? '', c.question ? 'question' : '', c.condition ? `if "${c.condition}"` : '']
      .filter(Boolean)
      .join(' ');
    return `${c.attribute} ${c.subject.text} -${c.predicate}-> ${c.object.text} [${framing}] ${compareWithFacts(c, terms).verdict}`;
  });
}

test('treatment claims: predicate, polarity and the verdict they meet', () => {
  assert.deepEqual(read('Steroids do not help GBS.'), ['treatment GBS -works-> Steroids [negated] agrees']);
  assert.deepEqual(read('Corticosteroids are a good option for GBS.'), ['treatment GBS -used-> Corticosteroids [] differs']);
  assert.deepEqual(read('IVIG is the standard treatment for Miller Fisher syndrome.'), [
    'treatment Miller Fisher syndrome -standard-> IVIG [] differs',
  ]);
  assert.deepEqual(read('CIDP is treated with IVIG, steroids or plasma exchange.'), [
    'treatment CIDP -used-> IVIG [] agrees',
    'treatment CIDP -used-> steroids [] agrees',
    'treatment CIDP -used-> plasma exchange [] agrees',
  ]);
  assert.deepEqual(read('IVIG may help some people with MMN when given early.'), [
    'treatment MMN -works-> IVIG [hedged if "when given early"] agrees',
  ]);
});

test('framing: myths, questions, past practice and reported beliefs are read but not asserted', () => {
  assert.deepEqual(read('It is a myth that steroids help GBS.'), ['treatment GBS -works-> steroids [myth] not-asserted']);
  assert.deepEqual(read('Do steroids help GBS?'), ['treatment GBS -works-> steroids [question] not-asserted']);
  assert.deepEqual(read('Steroids were once tried for GBS, but trials showed no benefit.'), [
    'treatment GBS -used-> Steroids [historical] not-asserted',
  ]);
  assert.deepEqual(read('Some websites say that steroids help GBS.'), ['treatment GBS -works-> steroids [reported] not-asserted']);
  assert.deepEqual(read("Steroids don't always help CIDP."), ['treatment CIDP -works-> Steroids [hedged] agrees']);
});

test('site and kind claims: negation scope runs forward from its trigger', () => {
  assert.deepEqual(read('GBS affects the peripheral nerves, not the brain.'), [
    'site GBS -acts-in-> peripheral nerves [] agrees',
    'site GBS -acts-in-> brain [negated] agrees',
  ]);
  assert.deepEqual(read('In GBS, the immune system attacks the peripheral nerves.'), ['site GBS -acts-in-> peripheral nerves [] agrees']);
  assert.deepEqual(read('GBS damages the spinal cord.'), ['site GBS -acts-in-> spinal cord [] differs']);
  assert.deepEqual(read('Miller Fisher syndrome is a rare variant of GBS.'), ['kind Miller Fisher syndrome -is-a-> GBS [] agrees']);
  assert.deepEqual(read('MS is a type of peripheral neuropathy.'), ['kind MS -is-a-> peripheral neuropathy [] differs']);
  assert.deepEqual(read('MS is not a type of peripheral neuropathy.'), ['kind MS -is-a-> peripheral neuropathy [negated] agrees']);
});

test('names alone, and sentences without a condition, make no claim', () => {
  assert.deepEqual(read('GBS and IVIG are both in the glossary.'), []);
  assert.deepEqual(read('IVIG is given through a drip.'), []);
  assert.deepEqual(read('The brain and the peripheral nerves work together.'), []);
});

test('triggers: pseudo-triggers and longer phrases win, "n\'t" reads as not', () => {
  const found = (text: string) => findTriggers(text, { start: 0, end: text.length }).map((t) => `${t.phrase}:${t.category}`);
  assert.deepEqual(found('IVIG is not only used for GBS'), []);
  assert.deepEqual(found("It doesn't help, not always"), ['not:negated', 'not always:hedged']);
  assert.deepEqual(found('Trials may show it is a myth'), ['trials:studied', 'may:hedged', 'myth:myth']);
});

test('trigger data: lower-case word phrases, each listed once, no pseudo-trigger shadowing a trigger', () => {
  const phrases = TRIGGERS.map((t) => t.phrase);
  for (const p of [...phrases, ...PSEUDO_TRIGGERS]) assert.match(p, /^[a-z0-9%]+(?: [a-z0-9%]+)*$/, p);
  assert.equal(new Set(phrases).size, phrases.length);
  for (const p of PSEUDO_TRIGGERS) assert.ok(!phrases.includes(p), p);
});
