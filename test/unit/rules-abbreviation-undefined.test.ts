import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleById, type Finding, type LintSettings } from '../../src/core/index';
import { lint } from './helpers';

const rule = ruleById('abbreviation-undefined')!;
const check = (text: string, settings: Partial<LintSettings> = {}): Finding[] => lint(text, { rules: [rule], settings });
const flagged = (text: string, settings: Partial<LintSettings> = {}) => check(text, settings).map((f) => [f.offset, f.actual]);

test('abbreviation-undefined: one finding at the first use, with a fix that writes the expansion', () => {
  const text = 'Her doctor suspected CIDP. CIDP is treatable.';
  const [f, ...rest] = check(text);
  assert.equal(rest.length, 0);
  assert.deepEqual([f!.offset, f!.endOffset, f!.severity, f!.termId], [21, 25, 'warning', 'cidp']);
  assert.equal(f!.message, 'Spell out "CIDP" at first use: "chronic inflammatory demyelinating polyneuropathy (CIDP)".');
  assert.deepEqual(f!.fixes[0], { offset: 21, endOffset: 25, newText: 'chronic inflammatory demyelinating polyneuropathy (CIDP)', title: 'Write "chronic inflammatory demyelinating polyneuropathy (CIDP)"', mechanical: true });
  assert.equal(check('CIDP is treatable.')[0]!.fixes[0]!.newText, 'Chronic inflammatory demyelinating polyneuropathy (CIDP)');
});

test('abbreviation-undefined: an expansion before it counts, in either order and in any earlier paragraph', () => {
  assert.deepEqual(flagged('Chronic inflammatory demyelinating polyneuropathy (CIDP) is rare. CIDP is treatable.'), []);
  assert.deepEqual(flagged('CIDP (chronic inflammatory demyelinating polyneuropathy) is rare.'), []);
  assert.deepEqual(flagged('Intravenous immunoglobulin (IVIG) is a treatment.\n\nMany people get IVIg.'), []);
  assert.deepEqual(flagged('# Chronic inflammatory demyelinating polyneuropathy (CIDP)\n\nCIDP is rare.'), []);
  assert.deepEqual(flagged('He has multifocal motor neuropathy, or MMN for short. MMN is rare.'), []);
  // Found by the property test: a term ending inside the long form hid it, so the fix was flagged again.
  assert.deepEqual(flagged('peripheral nerve conduction studies (NCV)'), []);
  assert.deepEqual(flagged('He has chronic inflammatory demyelinating polyneuropathy, which everyone shortens to CIDP.'), []);
});

test('abbreviation-undefined: the long form alone does not say which letters stand for it', () => {
  assert.deepEqual(flagged('Intravenous immunoglobulin is a treatment.\n\nMany people get IVIG.'), [[60, 'IVIG']]);
});

test('abbreviation-undefined: an expansion after the first use does not count', () => {
  assert.deepEqual(flagged('IVIG helps.\n\nIntravenous immunoglobulin (IVIG) is made from donated blood.'), [[0, 'IVIG']]);
});

test('abbreviation-undefined: a heading the text expands is fine; a page that never expands it is flagged at its first use, heading too', () => {
  assert.deepEqual(flagged('# What is CIDP?\n\nChronic inflammatory demyelinating polyneuropathy (CIDP) is rare.'), []);
  assert.deepEqual(flagged('# What is CIDP?\n\nCIDP is rare.'), [[10, 'CIDP']]);
  assert.deepEqual(flagged('# What is CIDP?\n\nIt is rare.'), [[10, 'CIDP']]);
  assert.deepEqual(flagged('# About nerves\n\nCIDP is rare.\n\n## More on CIDP\n'), [[16, 'CIDP']]);
});

test('abbreviation-undefined: a short form that the name contains is the name, not an abbreviation', () => {
  assert.deepEqual(flagged('One of these antibodies is called anti-Hu.'), []);
});

test('abbreviation-undefined: other all-capital abbreviations are flagged without a fix; emphasis and Roman numerals are not', () => {
  const [f, ...rest] = check('Guidance from the AAN helps. Do NOT stop treatment in phase II.');
  assert.equal(rest.length, 0);
  assert.deepEqual([f!.offset, f!.actual, f!.fixes], [18, 'AAN', []]);
  assert.deepEqual(flagged('The European Academy of Neurology (EAN) writes guidance. The EAN met.'), []);
});

test('abbreviation-undefined: well-known abbreviations and the knownAbbreviations setting', () => {
  assert.deepEqual(flagged('An MRI scan can rule out other causes.'), []);
  assert.deepEqual(flagged('Doctors use EMG.'), [[12, 'EMG']]);
  assert.deepEqual(flagged('Doctors use EMG.', { knownAbbreviations: ['EMG'] }), []);
});

test('abbreviation-undefined: an ambiguous abbreviation never expanded is left to ambiguous-abbreviation, unless that is off', () => {
  assert.deepEqual(flagged('MS affects the brain.'), []);
  assert.deepEqual(flagged('MS affects the brain.', { rules: { 'ambiguous-abbreviation': 'off' } }), [[0, 'MS']]);
  assert.deepEqual(flagged('MS affects the brain. Multiple sclerosis (MS) is lifelong.'), [[0, 'MS']]);
});

test('abbreviation-undefined: a bracketed definition whose initials match counts, also with another meaning', () => {
  assert.deepEqual(flagged('The Peripheral Nerve Society (PNS) writes guidelines. The PNS met in June.'), []);
  assert.deepEqual(flagged('Anti-myelin-associated glycoprotein (anti-MAG) neuropathy is slow. Anti-MAG neuropathy is rare.'), []);
});

test('abbreviation-undefined: capitalised words, codes and shouting are not abbreviations (issue 15 inputs)', () => {
  const flaggedIn = (text: string) => lint(text, { rules: [rule] }).map((f) => f.actual);
  for (const text of [
    'The pointer was NULL and the key was TAB.',
    'Press ONE to continue.',
    'See rule MD001 and colour FF0000.',
    'The error was ENOENT.',
    'CALL US NOW FOR A FREE CONSULTATION today.',
    'Chiropractic CAN still help.',
  ]) {
    assert.deepEqual(flaggedIn(text), [], text);
  }
  assert.deepEqual(flaggedIn('The EAN guideline is new.'), ['EAN']);
});

test('abbreviation-undefined: an expansion that spells small words, or sits in link text, defines the abbreviation', () => {
  const flaggedIn = (text: string) => lint(text, { rules: [rule] }).map((f) => f.actual);
  assert.deepEqual(flaggedIn('Your quality of life (QOL) matters; QOL improves.'), []);
  assert.deepEqual(flaggedIn('Keep your range of motion (ROM) with exercise; ROM is checked.'), []);
  assert.deepEqual(flaggedIn('See [quality of life](https://x.org/q) (QOL) notes; QOL again.'), []);
  assert.deepEqual(flaggedIn('Immunoglobulin (IG) is a blood product; IG is given in a drip.'), []);
  // Initials that do not match still leave it undefined.
  assert.deepEqual(flaggedIn('Your quality of sleep (QOL) matters.'), ['QOL']);
});

test('abbreviation-undefined: shouted common words and journal names are not abbreviations', () => {
  const flaggedIn = (text: string) => lint(text, { rules: [rule] }).map((f) => f.actual);
  assert.deepEqual(flaggedIn('So HOW can we protect the nerves? THIS matters.'), []);
  assert.deepEqual(flaggedIn('A study in JAMA looked at nerve damage.'), []);
});

test('abbreviation-undefined: the expansion writes an eponym the way the document does (found by the fix property run, seed 1)', () => {
  const text = "BBE is rare.\n\nBickerstaff's brainstem encephalitis affects the brainstem.\n";
  assert.deepEqual(check(text).map((f) => f.fixes[0]?.newText), ["Bickerstaff's brainstem encephalitis (BBE)"]);
  assert.deepEqual(check(text, { eponymStyle: 'nonpossessive' }).map((f) => f.fixes[0]?.newText), ['Bickerstaff brainstem encephalitis (BBE)']);
  assert.deepEqual(check('BBE is rare.\n').map((f) => f.fixes[0]?.newText), ['Bickerstaff brainstem encephalitis (BBE)']);
});

test('abbreviation-undefined: "long or ABBR" and numbered members of a family in shared brackets are expansions (batch V)', () => {
  assert.deepEqual(flagged('It acts on the endocannabinoid system or ECS(4), a system. The ECS is large.'), []);
  assert.deepEqual(flagged('Ask for a nerve conduction study, also called NCS. An NCS is quick.'), []);
  assert.deepEqual(flagged('It binds cannabinoid receptors 1 and 2(CB1 and CB2)(6). CB1 is in the brain.'), []);
  assert.deepEqual(flagged('It binds cannabinoid receptor 1 (CB1).'), []);
  // The number must be one the words give, and the letters must come from the family name.
  assert.deepEqual(flagged('It binds cannabinoid receptors 1 and 2 (CB1 and CB3).'), [[48, 'CB3']]);
  assert.deepEqual(flagged('It binds receptors 1 and 2 (CB1 and CB2).'), [[28, 'CB1'], [36, 'CB2']]);
  assert.deepEqual(flagged('Pain or BRQ is common.'), [[8, 'BRQ']]);
});
