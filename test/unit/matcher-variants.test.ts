import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TermMatcher } from '../../src/core/matcher';
import { entry, miniEntries, miniTerms } from './fixtures/mini-terminology';

const match = (text: string) => miniTerms.matcher.match(text).map((m) => [m.text, m.termId, m.form, m.offset, m.endOffset]);

test('diacritics are optional in names: Barré and Barre', () => {
  assert.deepEqual(match('Guillain-Barre syndrome'), [['Guillain-Barre syndrome', 'gbs', 'preferred', 0, 23]]);
  assert.deepEqual(match('Sjogren disease'), [['Sjogren disease', 'sjogren', 'preferred', 0, 15]]);
});

test('hyphen, en dash, em dash and space between the words of a name', () => {
  for (const joiner of ['-', '\u2013', '\u2014', ' ', '\u2010']) {
    const text = `Guillain${joiner}Barré syndrome`;
    assert.deepEqual(match(text), [[text, 'gbs', 'preferred', 0, text.length]], JSON.stringify(joiner));
  }
});

test('straight and curly apostrophes in possessive eponyms', () => {
  assert.deepEqual(match("Sjögren's disease"), [["Sjögren's disease", 'sjogren', 'preferred', 0, 17]]);
  const curly = miniTerms.matcher.match('Sjögren\u2019s disease');
  assert.deepEqual(curly.map((m) => [m.text, m.form, m.possessive]), [['Sjögren\u2019s disease', 'preferred', false]]);
});

test('a possessive on the last word is recognized and reported', () => {
  const [m] = miniTerms.matcher.match("The multiple sclerosis's course");
  assert.deepEqual([m?.text, m?.termId, m?.possessive, m?.plural], ["multiple sclerosis's", 'ms', true, false]);
});

test('plurals: -s, -es and -ies endings complete a term', () => {
  const found = miniTerms.matcher.match('Two nerve conduction studies and corticosteroids; steroids.');
  assert.deepEqual(
    found.map((m) => [m.text, m.termId, m.plural]),
    [
      ['nerve conduction studies', 'nerve-conduction-study', true],
      ['corticosteroids', 'corticosteroids', true],
      ['steroids', 'corticosteroids', true],
    ],
  );
});

test('one line break inside a multi-word term, with LF, CRLF or a lone CR; never a blank line', () => {
  for (const br of ['\n', '\r\n', '\r']) {
    const text = `chronic inflammatory${br}demyelinating polyneuropathy`;
    assert.deepEqual(match(text), [[text, 'cidp', 'preferred', 0, text.length]], JSON.stringify(br));
  }
  assert.deepEqual(match('multiple\n\nsclerosis'), []);
});

test('abbreviations are case-sensitive; names are not', () => {
  assert.deepEqual(match('MS, ms, Ms and Multiple Sclerosis'), [
    ['MS', 'ms', 'abbreviation', 0, 2],
    ['Multiple Sclerosis', 'ms', 'preferred', 15, 33],
  ]);
  assert.deepEqual(match('ivig'), []);
});

test('longest match wins over a shorter term inside it', () => {
  assert.deepEqual(match('Guillain-Barré syndrome'), [['Guillain-Barré syndrome', 'gbs', 'preferred', 0, 23]]);
  assert.deepEqual(match('a steroid'), [['steroid', 'corticosteroids', 'synonym', 2, 9]]);
});

test('each surface form reports its kind', () => {
  assert.deepEqual(
    match('Sjögren syndrome, Guillian-Barre syndrome, Landry paralysis, Churg-Strauss syndrome, EGPA').map((m) => m[2]),
    ['synonym', 'misspelling', 'outdated', 'outdated', 'abbreviation'],
  );
});

test('words inside longer words never match', () => {
  assert.deepEqual(match('GBSX, xMS, MSc, steroidal'), []);
});

test('UTF-16 offsets after an emoji', () => {
  assert.deepEqual(match('\u{1F9E0} GBS'), [['GBS', 'gbs', 'abbreviation', 3, 6]]);
});

test('lay phrases match as their own form and lose to a longer name', () => {
  assert.deepEqual(match("the nerves' protective coating"), [['protective coating', 'myelin', 'lay', 12, 30]]);
  assert.deepEqual(match('Myelin is a protective coating.'), [
    ['Myelin', 'myelin', 'preferred', 0, 6],
    ['protective coating', 'myelin', 'lay', 12, 30],
  ]);
});

test('a possessive name still matches when a longer listed form starts with the same possessive', () => {
  // "Sjögren's disease" is listed, so "Sjögren's" leads into it; "Sjögren's syndrome" must still
  // reach the synonym "Sjögren syndrome" through the possessive-free stem.
  assert.deepEqual(match("Sjögren's syndrome and Sjögren\u2019s Syndrome"), [
    ["Sjögren's syndrome", 'sjogren', 'synonym', 0, 18],
    ['Sjögren\u2019s Syndrome', 'sjogren', 'synonym', 23, 41],
  ]);
  // `possessive` reports an ending after the last word only (what a replacement must keep).
  assert.equal(miniTerms.matcher.match("Sjögren's syndrome")[0]?.possessive, false);
});

test('a case-sensitive form starting in lower case matches with a capital first letter (headings)', () => {
  const matcher = new TermMatcher([
    { ...miniEntries[0]!, id: 'anti-mag', preferred: 'anti-MAG antibodies', abbreviations: [{ abbr: 'anti-MAG' }], misspellings: [], outdated: [] },
  ]);
  const found = (text: string) => matcher.match(text).map((m) => [m.text, m.form, m.offset]);
  assert.deepEqual(found('# Anti-MAG IgM panel'), [['Anti-MAG', 'abbreviation', 2]]);
  assert.deepEqual(found('anti-MAG, ANTI-MAG, Anti-mag'), [['anti-MAG', 'abbreviation', 0]]);
});

test('British spellings listed as synonyms match with plurals and line breaks', () => {
  const matcher = new TermMatcher([
    { ...miniEntries[0]!, id: 'fiber', preferred: 'small nerve fiber', synonyms: ['small nerve fibre'], abbreviations: [], misspellings: [], outdated: [] },
  ]);
  assert.deepEqual(matcher.match('small nerve\nfibres').map((m) => [m.text, m.form, m.plural]), [['small nerve\nfibres', 'synonym', true]]);
});

test('a plural matches its singular entry even when a longer form starts with the plural', () => {
  const matcher = new TermMatcher([
    { ...miniEntries[0]!, id: 'muscle', preferred: 'muscle', abbreviations: [], misspellings: [], outdated: [] },
    { ...miniEntries[0]!, id: 'breathing-muscles', preferred: 'muscles of respiration', abbreviations: [], misspellings: [], outdated: [] },
  ]);
  assert.deepEqual(
    matcher.match('the muscles tire; the muscles of respiration').map((m) => [m.text, m.termId, m.plural]),
    [
      ['muscles', 'muscle', true],
      ['muscles of respiration', 'breathing-muscles', false],
    ],
  );
});

test('"&" between spaces reads as "and" inside a term, and nowhere else', () => {
  const matcher = new TermMatcher([
    entry('paresthesia', 'pins and needles', { kind: 'symptom', site: 'none' }),
    entry('cold-extremities', 'cold hands and feet', { kind: 'symptom', site: 'none' }),
    entry('feet', 'feet', { kind: 'anatomy', site: 'none' }),
    entry('rd', 'research and development', { kind: 'concept', site: 'none', abbreviations: [{ abbr: 'RD' }] }),
  ]);
  const found = (text: string) => matcher.match(text).map((m) => [m.text, m.termId]);
  assert.deepEqual(found('Pins & needles, then cold hands &\u00a0feet.'), [
    ['Pins & needles', 'paresthesia'],
    ['cold hands &\u00a0feet', 'cold-extremities'],
  ]);
  // No term with "and" at that place: the words around "&" match on their own or not at all.
  assert.deepEqual(found('hands & feet'), [['feet', 'feet']]);
  // Without spaces too ("J&J vaccine" is the "J and J vaccine"); a name such as R&D names no term with "and".
  assert.deepEqual(found('pins&needles; R&D'), [['pins&needles', 'paresthesia']]);
});

test('a genus written as its initial and an allele name with * and : are one term; a sentence end is not', () => {
  const matcher = new TermMatcher([
    entry('campylobacter', 'Campylobacter infection', { kind: 'disease', site: 'systemic', lay: ['C. jejuni'] }),
    entry('hla', 'HLA-DRB1*15:01', { kind: 'concept', site: 'none' }),
    entry('hep-c-infection', 'hepatitis C infection', { kind: 'disease', site: 'systemic' }),
  ]);
  const found = (text: string) => matcher.match(text).map((m) => [m.text, m.termId]);
  assert.deepEqual(found('After C. jejuni, and with HLA-DRB1*15:01.'), [
    ['C. jejuni', 'campylobacter'],
    ['HLA-DRB1*15:01', 'hla'],
  ]);
  // A capital after the full stop starts a new sentence.
  assert.deepEqual(found('She has hepatitis C. Infection rates rose.'), []);
});
