import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Linter, ruleById, type Finding } from '../../src/core/index';
import { findFigures } from '../../src/core/rules/numeric-claim/figures';
import { claimTerms } from './rules-claims-terms';
import { lint } from './helpers';

const rule = ruleById('numeric-claim')!;
const check = (text: string, audience: 'patient' | 'professional' = 'patient'): Finding[] =>
  new Linter(claimTerms).lint(text, { rules: [rule], settings: { audience } });
const summary = (text: string): string[][] => check(text).map((f) => [f.actual, f.severity]);

test('numeric: figures are normalised to per 100,000, days and percent', () => {
  const figures = findFigures('1 in 50,000; 2 to 4 per million; two to four weeks; 2 months; 15%; 3,000 people', 0, 200);
  assert.deepEqual(
    figures.map((f) => [f.kind, f.low, f.high, f.text]),
    [
      ['rate', 2, 2, '1 in 50,000'],
      ['rate', 0.2, 0.4, '2 to 4 per million'],
      ['duration', 14, 28, 'two to four weeks'],
      ['duration', 56, 62, '2 months'],
      ['percent', 15, 15, '15%'],
      ['count', 3000, 3000, '3,000 people'],
    ],
  );
});

test('numeric: an incidence outside the range states the accepted range and its source', () => {
  const [f, ...rest] = check('GBS affects 10 per 100,000 people each year.');
  assert.equal(rest.length, 0);
  assert.deepEqual([f!.offset, f!.endOffset, f!.severity, f!.termId], [12, 26, 'warning', 'guillain-barre-syndrome']);
  assert.equal(
    f!.message,
    '"10 per 100,000" is outside the accepted range for Guillain-Barré syndrome (new cases per 100,000 people per year: 1 to 4; Hughes et al. 2003).',
  );
  assert.match(f!.note ?? '', /^Source: Hughes RAC, Wijdicks EFM, et al\. Practice parameter/);
});

test('numeric: time course is checked by its words, and recovery times are not a time to the worst point', () => {
  assert.deepEqual(summary('GBS can keep getting worse for 8 weeks.'), [['8 weeks', 'warning']]);
  assert.deepEqual(summary('GBS reaches its worst point within 4 weeks.'), []);
  assert.deepEqual(summary('Most people with GBS recover within 6 to 12 months.'), []);
  assert.deepEqual(summary('CIDP develops over at least 8 weeks, or 2 months or more.'), []);
  const [cidp] = check('CIDP symptoms develop over 2 to 3 weeks.');
  assert.equal(
    cidp?.message,
    '"2 to 3 weeks" is outside the accepted range for chronic inflammatory demyelinating polyneuropathy (weeks over which typical CIDP develops: 8 or more; Van den Bergh et al. 2021).',
  );
});

test('numeric: a percentage is compared only when its clause names what it measures', () => {
  const ranged = (text: string) => check(text, 'professional').map((f) => f.actual);
  assert.deepEqual(ranged('About 30% of people with GBS die.'), ['30%']);
  assert.deepEqual(ranged('About 5% of people with GBS die.'), []);
  assert.deepEqual(ranged('About 30% of people with GBS need a breathing machine.'), []);
  assert.deepEqual(ranged('Some websites say 30% of people with GBS die, which is far too high.'), []);
});

test('numeric: a range joined from two sources cites both, low end first (bundled GBS mortality)', () => {
  const [f, ...rest] = lint('About 30% of people with GBS die.', { rules: [rule], settings: { audience: 'professional' } });
  assert.equal(rest.length, 0);
  assert.equal(
    f!.message,
    '"30%" is outside the accepted range for Guillain-Barré syndrome (share of people who die of the illness: 3% to 15%; van den Berg et al. 2013; Hughes et al. 2003).',
  );
  assert.match(f!.note ?? '', /^Sources: van den Berg B, .* Hughes RAC, /);
  assert.deepEqual(f!.sources?.map((s) => s.url), ['https://repub.eur.nl/pub/40701', 'https://pubmed.ncbi.nlm.nih.gov/14504313/']);
});

test('numeric: a sentence that names no disease is read as about the title topic', () => {
  const text = '# Ten facts about GBS\n\nThe weakness can keep building for up to three months.\n\nIt is rare.\n';
  assert.deepEqual(check(text, 'professional').map((f) => [f.actual, f.termId]), [['three months', 'guillain-barre-syndrome']]);
  assert.deepEqual(check('The weakness can keep building for up to three months.', 'professional'), []);
});

test('numeric: an uncited epidemiological figure is info for patients only', () => {
  assert.deepEqual(summary('GBS affects 1 to 2 people per 100,000 each year.'), [['1 to 2 people per 100,000', 'info']]);
  assert.deepEqual(check('GBS affects 1 to 2 people per 100,000 each year.', 'professional'), []);
  assert.deepEqual(summary('Up to 60% of people with diabetes develop neuropathy.'), [['60%', 'info']]);
  assert.deepEqual(summary('Strength improves in about 8 out of 10 people with MMN.'), [['8 out of 10 people', 'info']]);
  assert.deepEqual(summary('About 5,000 people get GBS every year.'), [['5,000 people', 'info']]);
});

test('numeric: a link, footnote, numbered or author-year reference, or named source counts as a citation', () => {
  for (const text of [
    'GBS affects 1 to 2 per 100,000 each year ([source](https://example.org)).',
    'GBS affects 1 to 2 per 100,000 each year.[^1]',
    'GBS affects 1 to 2 per 100,000 each year [3].',
    'GBS affects 1 to 2 per 100,000 each year (Sejvar et al., 2011).',
    'According to the CDC, about 5,000 people get GBS every year.',
  ]) {
    assert.deepEqual(check(text), [], text);
  }
  assert.deepEqual(summary('Most people who get GBS, about 5,000 people a year, recover.'), [['5,000 people', 'info']]);
});

test('numeric: numbers that are not statistics are ignored', () => {
  assert.deepEqual(check('She was 45 years old. Type 1 diabetes. ICD-10 code G61.0. 2 g/kg of IVIG.'), []);
});

test('numeric: never throws and never reports outside the text, whatever the input', async () => {
  const fc = await import('fast-check');
  fc.assert(
    fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 0, max: 2_000_000 }), (s, n) => {
      const text = `# GBS\n\n${s} ${n} per 100,000 each year, ${n}% of people, ${n} weeks ${s}`;
      return check(text).every((f) => f.offset >= 0 && f.endOffset <= text.length && f.offset < f.endOffset);
    }),
    { numRuns: 300 },
  );
});

test('numeric: ranges with a sign on both ends, word fractions, shares of a named group and millions are figures', () => {
  const figures = (text: string) => findFigures(text, 0, text.length).map((f) => [f.text, f.kind, f.low, f.high]);
  assert.deepEqual(figures('15%–20% of people'), [['15%–20%', 'percent', 15, 20]]);
  assert.deepEqual(figures('between 0.1% and 4% of people'), [['between 0.1% and 4%', 'percent', 0.1, 4]]);
  assert.deepEqual(figures('two-thirds of people'), [['two-thirds', 'percent', (2 * 100) / 3, (2 * 100) / 3]]);
  assert.deepEqual(figures('20 million people'), [['20 million people', 'count', 20_000_000, 20_000_000]]);
  assert.deepEqual(summary('About 30% of CIDP patients relapse.'), [['30%', 'info']]);
  assert.deepEqual(summary('About two-thirds of people with GBS had an infection in the weeks before.'), [['two-thirds', 'info']]);
  assert.deepEqual(summary('Neuropathy affects 15%–20% of people with lupus.'), [['15%–20%', 'info']]);
});

test('numeric: a share in brackets, a population written "10, 000" and a count with a plus sign are figures', () => {
  const figures = (text: string) => findFigures(text, 0, text.length).map((f) => [f.text, f.kind, f.low, f.high]);
  assert.deepEqual(figures('a small number of patients (about 1 to 2 out of 10) with paraneoplastic neuropathy'), [['1 to 2 out of 10', 'percent', 10, 20]]);
  assert.deepEqual(figures('roughly 5 to 7 of every 10, 000 people'), [['5 to 7 of every 10, 000', 'rate', 50, 70]]);
  assert.deepEqual(figures('the 3 million+ Americans who live with it'), [['3 million+ Americans', 'count', 3_000_000, 3_000_000]]);
  assert.deepEqual(figures('a list of 10, 000 and 20'), []);
});

test('numeric: a word fraction of something that is not a group of people is left alone', () => {
  assert.deepEqual(summary('Two-thirds of the nerve fibres in the biopsy looked normal.'), []);
  assert.deepEqual(summary('One-third of the dose is given on day one.'), []);
});

test('numeric: a figure in a paragraph that names its source in prose or with a footnote number asks for none', () => {
  assert.deepEqual(summary('The Cleveland Clinic estimates that 25 to 30 percent of Americans will be affected by neuropathy.'), []);
  assert.deepEqual(summary('About 20 percent of people with diabetes have painful neuropathy.3'), []);
  // A decimal point is not a footnote.
  assert.deepEqual(summary('About 1.5 percent of people with CIDP relapse every year.'), [['1.5 percent', 'info']]);
});

test('numeric-claim: who-gets-it claims without numbers are read against the population facts, with their source', () => {
  const rule = { rules: [ruleById('numeric-claim')!] };
  const findings = lint('Some families ask why. GBS mostly affects women, her leaflet said.\n', rule);
  assert.deepEqual(findings.map((f) => [f.actual, f.severity, f.termId]), [['mostly affects women', 'warning', 'guillain-barre-syndrome']]);
  assert.deepEqual(findings[0]!.sources?.map((s) => s.url), ['https://stacks.cdc.gov/view/cdc/50394']);
  for (const quiet of [
    'GBS is not more common in women.',
    'Some people think that GBS mostly affects women.',
    'Women are more likely to get lupus.',
    'CIDP mostly affects older adults.',
    'MMN is about 2.7 times more common in men (Yeh et al., 2020).',
  ]) {
    assert.deepEqual(lint(`${quiet}\n`, rule), [], quiet);
  }
});

test('numeric: a minority in words is compared with the key numbers, read loosely', () => {
  const said = (text: string) => lint(text, { rules: [rule] }).map((f) => [f.actual, f.severity]);
  assert.deepEqual(said('Only a few people with CIDP respond to IVIG, steroids or plasma exchange.'), [['Only a few people', 'warning']]);
  assert.deepEqual(said('A small fraction of patients with CIDP respond to treatment with IVIG.'), [['A small fraction of patients', 'warning']]);
  assert.deepEqual(said('Few people with Guillain-Barré syndrome need a ventilator.'), []);
  assert.deepEqual(said('A minority of people with Guillain-Barré syndrome need a ventilator.'), []);
  assert.deepEqual(said('Few people with Guillain-Barré syndrome die of it.'), []);
});

test('numeric: who gets it, with an age word before the sex ("older women"), is one finding with both facts', () => {
  const found = lint('Multifocal motor neuropathy mostly affects older women.', { rules: [rule] });
  assert.deepEqual(found.map((f) => [f.actual, f.severity, f.sources?.length]), [['mostly affects older women', 'warning', 1]]);
  assert.match(found[0]!.message, /is more common in men than in women .* it does not mostly affect older people\.$/);
  assert.deepEqual(lint('Multifocal motor neuropathy is most common in women over 60.', { rules: [rule] }).map((f) => f.actual), ['most common in women']);
  assert.deepEqual(lint('Guillain-Barré syndrome is most common in older men.', { rules: [rule] }), []);
});

test('numeric: a rough duration in words ("a few days", "several months") is compared, never asked for a source', () => {
  const said = (text: string) => lint(text, { rules: [rule] }).map((f) => [f.actual, f.severity]);
  assert.deepEqual(said('Guillain-Barré syndrome gets worse over several months.'), [['several months', 'warning']]);
  assert.deepEqual(said('Most people with Guillain-Barré syndrome recover fully within a few days.'), [['a few days', 'warning']]);
  assert.deepEqual(said('Guillain-Barré syndrome symptoms peak within a few weeks.'), []);
  assert.deepEqual(said('Recovery from Guillain-Barré syndrome can take several months.'), []);
});

test('numeric: a share of a disease name with an accent ("of Guillain-Barré patients") and a share before a gerund ask for a source', () => {
  const said = (text: string) => lint(text, { rules: [rule] }).map((f) => f.actual);
  assert.deepEqual(said('Between 5% and 10% of Guillain-Barré patients never fully recover.'), ['Between 5% and 10%']);
  assert.deepEqual(said('Most walk again, with 60% regaining their strength after a year.'), ['60%']);
});
