import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseBlock } from '../../src/core/analyse-block';
import { compareWithFacts } from '../../src/core/claims/compare';
import { contextOf, findTriggers } from '../../src/core/claims/context';
import { readClaims } from '../../src/core/claims/reader';
import { claimsInventory } from '../../src/core/claims/inventory';
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

test('a paragraph goes on about its condition: a later sentence naming only treatments is about it', () => {
  assert.deepEqual(read('Treatment for MMN varies. For others, treatment consists of IVIG or cyclophosphamide.'), [
    'treatment MMN -standard-> IVIG [] agrees',
    'treatment MMN -standard-> cyclophosphamide [] differs',
  ]);
  // A sentence naming another condition takes that one; a heading does not carry over into its paragraph.
  assert.deepEqual(read('MMN is rare. In CIDP, steroids are used.'), ['treatment CIDP -used-> steroids [] agrees']);
  assert.deepEqual(read('# MMN\n\nSteroids are used.'), []);
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
  // A contrast ends the scope: what follows "but" is stated, not denied.
});

test('a name restated in brackets after the subject is still the subject; a name in an aside is no subject', () => {
  assert.deepEqual(read('Chronic inflammatory demyelinating polyneuropathy (CIDP) is a neurodegenerative disorder.'), [
    'kind Chronic inflammatory demyelinating polyneuropathy -is-a-> neurodegenerative disorder [] differs',
    'kind CIDP -is-a-> neurodegenerative disorder [] differs',
  ]);
  assert.deepEqual(read('CIDP is a neurodegenerative disorder.'), ['kind CIDP -is-a-> neurodegenerative disorder [] differs']);
  // The aside's name sits between the subject and the place, so nothing is read: no claim is better than CIDP in the brain.
  assert.deepEqual(read('Multiple sclerosis (unlike CIDP) affects the brain.'), []);
  assert.deepEqual(read('Multiple sclerosis, unlike CIDP, is a disease of the brain.'), []);
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

test('triggers: a contrast ("but", "however") ends a negation\'s scope, "not only ... but also" does not', () => {
  const negatedAt = (text: string, word: string) => {
    const at = text.indexOf(word);
    return contextOf(findTriggers(text, { start: 0, end: text.length }), { start: at, end: at + word.length }).negated;
  };
  const text = 'There is no cure for MG, but the symptoms can certainly be improved by herbs.';
  assert.equal(negatedAt(text, 'cure'), true);
  assert.equal(negatedAt(text, 'improved'), false);
  assert.equal(negatedAt('Herbs do not cure CIDP; however, they help you relax.', 'help'), false);
  // ", however," as an aside stays inside the denied clause.
  assert.equal(negatedAt('There is no evidence, however, that herbs cure CIDP.', 'cure'), true);
  assert.equal(negatedAt('It is not a cure yet, and it does not help.', 'help'), true);
});

test('trigger data: lower-case word phrases, each listed once, no pseudo-trigger shadowing a trigger', () => {
  const phrases = TRIGGERS.map((t) => t.phrase);
  for (const p of [...phrases, ...PSEUDO_TRIGGERS]) assert.match(p, /^[a-z0-9%]+(?: [a-z0-9%]+)*$/, p);
  assert.equal(new Set(phrases).size, phrases.length);
  for (const p of PSEUDO_TRIGGERS) assert.ok(!phrases.includes(p), p);
});

test('claims inventory: sentence claims and treatment lists under a heading or lead-in, in document order', () => {
  const doc =
    '# About GBS\n\nSteroids do not help GBS.\n\n## How Guillain-Barré syndrome is treated\n\n- Intravenous immunoglobulin\n- Corticosteroids such as prednisone\n\n' +
    'We use plasma exchange for people with:\n\n- CIDP\n- MMN\n';
  const rows = claimsInventory(doc, terms).map((r) => `${r.line} ${r.verdict} | ${r.says} | ${r.framing} | ${doc.slice(r.offset, r.endOffset)}`);
  const listed = 'listed under a heading or lead-in that names it';
  assert.deepEqual(rows, [
    '3 agrees | corticosteroids for Guillain-Barré syndrome: presented as working | denied | Steroids do not help GBS.',
    `7 agrees | intravenous immunoglobulin for Guillain-Barré syndrome: presented as used | ${listed} | Intravenous immunoglobulin`,
    `8 differs | corticosteroids for Guillain-Barré syndrome: presented as used | ${listed} | Corticosteroids such as prednisone`,
    `12 agrees | plasma exchange for chronic inflammatory demyelinating polyneuropathy: presented as used | ${listed} | CIDP`,
    `13 unsettled | plasma exchange for multifocal motor neuropathy: presented as used | ${listed} | MMN`,
  ]);
});

test('claims inventory: "It" opening a sentence stands for the page title\'s condition or treatment', () => {
  const row = (doc: string) => claimsInventory(doc, terms).map((r) => `${r.verdict} | ${r.says} | ${r.framing}`);
  const taken = 'a name taken from the page title or earlier in the sentence';
  // "a good option" calls it effective, which the evidence for MMN does not support (people do not usually respond).
  assert.deepEqual(row('# Plasma exchange\n\nIt is a good option for MMN. It also helps people with GBS.\n'), [
    `differs | plasma exchange for multifocal motor neuropathy: presented as used | ${taken}`,
    `agrees | plasma exchange for Guillain-Barré syndrome: presented as working | ${taken}`,
  ]);
  assert.deepEqual(row('# 10 facts about GBS\n\nIt is a disease of the brain.\n'), [`differs | Guillain-Barré syndrome acts in the brain | ${taken}`]);
  assert.deepEqual(row('It is a disease of the brain.\n'), [], 'no title, no topic');
});

test('site claims: a name left half-written by "and" is read, and "the former" stops the nearest-name reading', () => {
  assert.deepEqual(read('CIDP impacts the central and peripheral nervous systems.'), [
    'site CIDP -acts-in-> central [] differs',
    'site CIDP -acts-in-> peripheral nervous systems [] agrees',
  ]);
  assert.deepEqual(read('Unlike peripheral neuropathy, MS is different: the former impacts the spinal cord.'), []);
});

test('site claims: a name ending in a kind noun keeps it ("demyelinating diseases of the peripheral nerves")', () => {
  assert.deepEqual(read('Multiple sclerosis and CIDP are demyelinating diseases of the peripheral nerves.'), [
    'site Multiple sclerosis -acts-in-> peripheral nerves [] differs',
    'site CIDP -acts-in-> peripheral nerves [] agrees',
  ]);
});

test('kind claims: two conditions the terminology sets apart (contrastWith) differ, a denial agrees', () => {
  assert.deepEqual(read('Anti-MAG neuropathy is a type of CIDP.'), ['kind Anti-MAG neuropathy -is-a-> CIDP [] differs']);
  assert.deepEqual(read('Anti-MAG neuropathy is not a type of CIDP.'), ['kind Anti-MAG neuropathy -is-a-> CIDP [negated] agrees']);
});

test('a name given as an example of a class is read as a kind claim; a class compared with is not', () => {
  assert.deepEqual(read('Autoimmune diseases such as lupus and Charcot-Marie-Tooth disease can damage nerves.'), [
    'kind lupus -is-a-> Autoimmune diseases [] agrees',
    'kind Charcot-Marie-Tooth disease -is-a-> Autoimmune diseases [] differs',
  ]);
  assert.deepEqual(read('Charcot-Marie-Tooth disease and other autoimmune diseases can cause neuropathy.'), ['kind Charcot-Marie-Tooth disease -is-a-> autoimmune diseases [] differs']);
  assert.deepEqual(read('Conditions that mimic autoimmune diseases, such as Charcot-Marie-Tooth disease, need other tests.'), []);
});

test('a genetic disorder: contradicts an immune-mediated condition, not one whose genes are needed (geneticRisk)', () => {
  assert.deepEqual(read('Multiple sclerosis is a genetic disorder.'), ['kind Multiple sclerosis -is-a-> genetic disorder [] differs']);
  assert.deepEqual(read('Celiac disease is a genetic disorder.'), ['kind Celiac disease -is-a-> genetic disorder [] no-fact']);
});
