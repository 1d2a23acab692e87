import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleById } from '../../src/core/index';
import { applyFixes, lint } from './helpers';

const only = { rules: [ruleById('abbreviation-consistency')!] };
const findings = (text: string) => lint(text, only).map((f) => [f.range.start.line, f.range.start.character, f.range.end.character, f.message, f.fixes.map((x) => x.newText)]);
const fixed = (text: string) => applyFixes(text, lint(text, only)).text;

test('an abbreviation spelled out twice in one section: the second definition becomes the abbreviation alone', () => {
  const text = 'Guillain-Barré syndrome (GBS) is rare.\n\nMost people with GBS recover. Later, GBS (Guillain-Barré syndrome) is named again.\n\nThe end.\n';
  assert.deepEqual(findings(text), [
    [2, 37, 40, '"GBS" is already spelled out in this section (line 1); from there on, "GBS" alone is enough.', ['GBS']],
  ]);
  assert.equal(fixed(text), 'Guillain-Barré syndrome (GBS) is rare.\n\nMost people with GBS recover. Later, GBS is named again.\n\nThe end.\n');
});

test('a new level-2 section may spell the abbreviation out again', () => {
  const text = 'Guillain-Barré syndrome (GBS) is rare. GBS is treated.\n\n## Recovery\n\nGuillain-Barré syndrome (GBS) often improves. GBS care helps.\n\nThe end.\n';
  assert.deepEqual(findings(text), []);
});

test('spelled out but never used while the long form comes back: "long (ABBR)" loses the brackets, "ABBR (long)" becomes the long form', () => {
  const longFirst = 'Plasma exchange (PLEX) filters the blood.\n\nPlasma exchange takes about a week.\n';
  assert.deepEqual(findings(longFirst), [[0, 17, 21, '"PLEX" is spelled out but never used; the long form comes back instead, so leave the abbreviation out.', ['']]]);
  assert.equal(fixed(longFirst), 'Plasma exchange filters the blood.\n\nPlasma exchange takes about a week.\n');
  const abbrFirst = 'They offered PLEX (plasma exchange) first.\n\nA course of plasma exchange takes about a week.\n';
  assert.equal(fixed(abbrFirst), 'They offered plasma exchange first.\n\nA course of plasma exchange takes about a week.\n');
  // Given once in brackets and never needed again, the abbreviation is a courtesy editors leave alone.
  assert.deepEqual(findings('Plasma exchange (PLEX) filters the blood.\n\nIt takes about a week.\n'), []);
});

test('professional text: the same long form written again after the definition, once per abbreviation, with the abbreviation as fix', () => {
  const text =
    'Multifocal motor neuropathy (MMN) affects the arms. MMN is rare.\n\nMultifocal motor neuropathy is treated with IVIG. Multifocal motor neuropathy is slow.\n';
  const professional = (t: string) => lint(t, { ...only, settings: { audience: 'professional' } }).map((f) => [f.range.start.line, f.range.start.character, f.range.end.character, f.message, f.fixes.map((x) => x.newText)]);
  // The page goes back to the full name for good: left alone. Using "MMN" again after it mixes the two.
  assert.deepEqual(professional(text), []);
  // For patients the full name is the plainer word: a page that mixes the two is left alone.
  assert.deepEqual(findings(`${text}\nMMN rarely shortens life.\n`), []);
  assert.deepEqual(professional(`${text}\nMMN rarely shortens life.\n`), [
    [2, 0, 27, '"MMN" was spelled out on line 1; after that, write "MMN" rather than "Multifocal motor neuropathy".', ['MMN']],
  ]);
  // Everyday names of the entry are not its long form.
  assert.deepEqual(findings('Systemic lupus erythematosus (SLE) can affect nerves. Lupus is common, and SLE is treatable.\n\nThe end.\n'), []);
});

test('two wordings of one long form: the later one gets the first wording, in the case its position needs', () => {
  const text = 'Intravenous immunoglobulin (IVIG) helps. IVIG is common.\n\nLater, IVIG (intravenous immune globulin) is given again.\n\nThe end.\n';
  assert.deepEqual(findings(text), [
    [2, 13, 40, '"IVIG" is spelled out as "intravenous immunoglobulin" on line 1 and as "intravenous immune globulin" here; use one long form.', ['intravenous immunoglobulin']],
  ]);
});
