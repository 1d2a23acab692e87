import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TermMatcher } from '../../src/core/matcher';
import { singularOfListed, singulars, spellingKey } from '../../src/core/text/normalize';
import { miniEntries } from './fixtures/mini-terminology';
import { lint } from './helpers';
import { ruleById } from '../../src/core/index';

const base = { ...miniEntries[0]!, abbreviations: [], misspellings: [], outdated: [], synonyms: [], lay: [] };
const matcherOf = (...entries: Array<[string, string, string[]?]>) =>
  new TermMatcher(entries.map(([id, preferred, synonyms]) => ({ ...base, id, preferred, synonyms: synonyms ?? [] })));
const found = (matcher: TermMatcher, text: string) => matcher.match(text).map((m) => [m.text, m.termId, m.form, m.surface]);

test('a British spelling nobody listed matches the American form, and the other way round', () => {
  const matcher = matcherOf(['edema', 'edema'], ['local-anesthetic', 'local anesthetic'], ['fiber', 'nerve fiber'], ['tumour', 'tumour']);
  assert.deepEqual(found(matcher, 'Oedema; a local anaesthetic; nerve fibres; a tumor'), [
    ['Oedema', 'edema', 'preferred', 'edema'],
    ['local anaesthetic', 'local-anesthetic', 'preferred', 'local anesthetic'],
    ['nerve fibres', 'fiber', 'preferred', 'nerve fiber'],
    ['tumor', 'tumour', 'preferred', 'tumour'],
  ]);
});

test('the spelling key leaves words alone that would turn into other words', () => {
  assert.deepEqual(['shoe', 'toe', 'four', 'hour', 'are', 'centre', 'haemoglobin', 'coeliac', 'humour'].map(spellingKey), [
    'shoe', 'toe', 'four', 'hour', 'are', 'center', 'hemoglobin', 'celiac', 'humor',
  ]);
});

test('a listed British form keeps its own surface when the text writes it that way', () => {
  const matcher = matcherOf(['fiber', 'small nerve fiber', ['small nerve fibre']]);
  assert.deepEqual(found(matcher, 'small nerve fibre'), [['small nerve fibre', 'fiber', 'synonym', 'small nerve fibre']]);
});

test('a form listed in the plural also matches its singular, and listed forms win over derived ones', () => {
  const matcher = matcherOf(['anticonvulsants', 'anticonvulsants', ['anti-epileptic drugs']], ['relievers', 'pain relievers'], ['reliever', 'pain reliever']);
  assert.deepEqual(found(matcher, 'an anti-epileptic drug and a pain reliever'), [
    ['anti-epileptic drug', 'anticonvulsants', 'synonym', 'anti-epileptic drugs'],
    ['pain reliever', 'reliever', 'preferred', 'pain reliever'],
  ]);
  assert.deepEqual(['diabetes', 'tendon reflexes', 'extremities', 'lupus'].map((t) => singularOfListed(t.split(' '))), [
    undefined, ['tendon', 'reflex'], ['extremity'], undefined,
  ]);
});

test('Greek plurals of -itis words find the singular entry', () => {
  assert.equal(singulars('vasculitides')[0], 'vasculitis');
  const matcher = matcherOf(['vasculitis', 'vasculitis']);
  assert.deepEqual(matcher.match('the vasculitides').map((m) => [m.text, m.termId, m.plural]), [['vasculitides', 'vasculitis', true]]);
});

test('a well-known abbreviation spelled out but unused is left alone; another one is still reported', () => {
  const only = { rules: [ruleById('abbreviation-consistency')!] };
  const messages = (text: string) => lint(text, { ...only, settings: { audience: 'professional' } }).map((f) => f.message);
  const cdc = 'The Centers for Disease Control and Prevention (CDC) counts cases.\n\nThe Centers for Disease Control and Prevention also ';
  // Back to the full name for good: left alone; the abbreviation used again after it: the page mixes them.
  assert.deepEqual(messages(`${cdc}counts deaths.\n\nThey are rare.\n`), []);
  assert.deepEqual(messages(`${cdc}counts deaths.\n\nThe CDC says they are rare.\n`), [
    '"CDC" was spelled out on line 1; after that, write "CDC" rather than "Centers for Disease Control and Prevention".',
  ]);
  assert.deepEqual(messages('Plasma exchange (PLEX) filters the blood.\n\nPlasma exchange takes about a week.\n'), [
    '"PLEX" is spelled out but never used; the long form comes back instead, so leave the abbreviation out.',
  ]);
});
