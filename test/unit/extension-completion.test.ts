import { test } from 'node:test';
import assert from 'node:assert/strict';
import { completeAt } from '../../src/core/index';
import { terms } from './helpers';

/** Completion with the cursor at the end of `text`. */
function complete(text: string, options = {}) {
  return completeAt(text, text.length, terms, options);
}

test('"Guil" offers Guillain-Barré syndrome first, with its accent, replacing the typed word', () => {
  const text = 'Some people get Guil';
  const result = complete(text);
  assert.ok(result);
  assert.equal(text.slice(result.offset, result.endOffset), 'Guil');
  const first = result.items[0]!;
  assert.equal(first.label, 'Guillain-Barré syndrome');
  assert.equal(first.insertText, 'Guillain-Barré syndrome');
  assert.equal(first.termId, 'guillain-barre-syndrome');
  assert.match(first.detail, /^disease \(GBS\)$/);
  assert.ok(first.documentation.startsWith('**Guillain-Barré syndrome** · disease'), first.documentation);
  assert.ok(first.documentation.includes('*Clinical:* '), 'the definitions are the documentation');
  assert.equal(first.filterText, 'Guil');
});

test('"CID" offers the expansion at the first use and the abbreviation after it', () => {
  const first = complete('Living with CID');
  assert.equal(first?.items[0]?.insertText, 'chronic inflammatory demyelinating polyneuropathy (CIDP)');
  assert.equal(first?.items[0]?.filterText, 'CID');
  const later = complete('Chronic inflammatory demyelinating polyneuropathy (CIDP) is rare.\n\nLiving with CID');
  assert.equal(later?.items[0]?.insertText, 'CIDP');
  // Text after the cursor does not count as an earlier use.
  const text = 'Living with CID\n\nCIDP again.';
  assert.equal(completeAt(text, text.indexOf('CID') + 3, terms)?.items[0]?.insertText, 'chronic inflammatory demyelinating polyneuropathy (CIDP)');
});

test('several typed words complete as one phrase, and diacritics need not be typed', () => {
  const text = 'We saw Guillain Bar';
  const result = complete(text);
  assert.equal(text.slice(result!.offset, result!.endOffset), 'Guillain Bar');
  assert.equal(result!.items[0]!.insertText, 'Guillain-Barré syndrome');
  const typedPlain = complete('Guillain-Barre');
  assert.equal(typedPlain!.items[0]!.insertText, 'Guillain-Barré syndrome');
  assert.equal(typedPlain!.items[0]!.filterText, 'Guillain-Barre', 'the editor filters on what was typed');
  assert.equal(result!.items[0]!.filterText, 'Guillain Bar');
});

test('a misspelled start still offers the correct term', () => {
  const result = complete('Diagnosed with Guillian-Ba');
  assert.equal(result!.items[0]!.insertText, 'Guillain-Barré syndrome');
});

test('only diseases, variants, antibodies, tests and treatments; names before synonyms, then diseases first', () => {
  const result = complete('acute');
  assert.ok(result && result.items.length > 1);
  const order = ['disease', 'variant', 'antibody', 'test', 'treatment'];
  const ranks = result.items.map((i) => {
    const entry = terms.get(i.termId)!;
    assert.ok(order.includes(entry.kind), entry.kind);
    const byName = entry.preferred.toLowerCase().startsWith('acute') ? 0 : 1;
    return byName * 10 + order.indexOf(entry.kind);
  });
  assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b));
  assert.ok(ranks[0]! < 10, 'a preferred name comes first');
});

test('eponyms follow neuroterm.eponymStyle', () => {
  const sjogren = terms.get('sjogren-syndrome')!;
  assert.ok(sjogren.possessive, 'fixture needs the possessive form of Sjögren syndrome');
  assert.equal(complete('Living with Sjog')!.items[0]!.insertText, sjogren.preferred);
  assert.equal(complete('Living with Sjog', { eponymStyle: 'possessive' })!.items[0]!.insertText, sjogren.possessive);
  assert.equal(complete('Living with Sjög', { eponymStyle: 'nonpossessive' })!.items[0]!.insertText, 'Sjögren syndrome');
});

test('nothing inside code, front matter, after a space, or for unknown words', () => {
  assert.equal(complete('```\nGuil'), undefined, 'fenced code');
  assert.equal(completeAt('Use `Guil` here', 8, terms), undefined, 'inline code');
  assert.equal(completeAt('---\ntitle: Guil\n---\nText', 15, terms), undefined, 'front matter');
  assert.equal(complete('Guil '), undefined, 'after a space');
  assert.equal(complete('Zzzq'), undefined, 'no match');
  assert.equal(complete(''), undefined);
  assert.equal(completeAt('Guil', 99, terms), undefined, 'out of range');
});

test('plain-text documents complete everywhere', () => {
  const result = completeAt('```\nGuil', 8, terms, { format: 'text' });
  assert.equal(result?.items[0]?.insertText, 'Guillain-Barré syndrome');
});
