import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentReadability, ruleById, type Finding, type LintSettings } from '../../src/core/index';
import { addStats, fleschKincaidGrade, smogGrade, textStats } from '../../src/core/text/readability';
import { lint } from './helpers';

const rule = ruleById('readability')!;
const check = (text: string, settings: Partial<LintSettings> = {}): Finding[] => lint(text, { rules: [rule], settings });

const HARD =
  'Immunomodulatory interventions necessitate individualized evaluation of electrophysiological abnormalities. ';
const EASY = 'Rest when you feel tired. Walk a little each day. ';
const words = (n: number) => Array.from({ length: n }, (_, i) => (i === 0 ? 'Nerves' : 'rest')).join(' ') + '.';

test('readability: a long sentence is reported above 30 words, with the count in the message', () => {
  assert.deepEqual(check(words(30)), []);
  const [f] = check(`Short one here. ${words(31)}`);
  assert.deepEqual([f!.offset, f!.endOffset, f!.severity], [16, 16 + words(31).length, 'info']);
  assert.equal(f!.message, 'This sentence has 31 words; sentences over 30 words are hard to follow, so consider splitting it.');
});

test('readability: the document grade above the target names both formulas; patient audience only', () => {
  const text = `# Treatment\n\n${HARD.repeat(14)}`;
  const [f, ...rest] = check(text);
  assert.equal(rest.length, 0);
  // An empty range at the start: the title's words are not what is hard to read.
  assert.deepEqual([f!.offset, f!.endOffset, f!.actual], [0, 0, '']);
  const stats = textStats(HARD.repeat(14));
  const fk = Math.round(fleschKincaidGrade(stats) * 10) / 10;
  const smog = Math.round(smogGrade(stats) * 10) / 10;
  assert.equal(f!.message, `The document reads at grade ${fk} (Flesch-Kincaid; SMOG ${smog}), above the target of 8; shorter sentences and everyday words bring it down.`);
  assert.deepEqual(check(text, { audience: 'professional' }), []);
  assert.deepEqual(check(text, { readabilityTarget: 50 }), []);
});

test('readability: sections are graded at their heading; easy sections and short texts are not', () => {
  const text = `# Guide\n\n## Science\n\n${HARD.repeat(14)}\n\n## Daily life\n\n${EASY.repeat(14)}`;
  const sections = check(text).filter((f) => f.message.startsWith('This section'));
  assert.deepEqual(sections.map((f) => [f.offset, f.endOffset, f.actual]), [[text.indexOf('## Science'), text.indexOf('## Science'), '']]);
  assert.deepEqual(check(`# Short\n\n${HARD}`), []);
});

test('documentReadability: sums paragraph stats per document and per section, leaving out headings', () => {
  const intro = 'Your nerves carry messages. Some illnesses harm them.';
  const body = 'Doctors can test how well the nerves work. The tests take about an hour.';
  const report = documentReadability(`${intro}\n\n## Tests\n\n${body}\n`);
  const total = addStats(textStats(intro), textStats(body));
  assert.equal(report.words, total.words);
  assert.equal(report.sentences, 4);
  assert.equal(report.fleschKincaid, Math.round(fleschKincaidGrade(total) * 10) / 10);
  assert.deepEqual(report.sections.map((s) => [s.title, s.words, s.offset]), [['Tests', textStats(body).words, intro.length + 2]]);
  assert.equal(documentReadability('').words, 0);
});

test('readability: in plain text, title lines and list lines without end punctuation are separate pieces', () => {
  const list = ['- Numb toes and fingers that spread', '- Weak legs on the stairs', '- Tired arms'].join('\n');
  const text = `What to look for\nThe signs to watch for are these:\n${list}\n`;
  assert.deepEqual(lint(text, { rules: [rule], format: 'text' }), []);
  // A sentence wrapped onto a second line before a lower-case word is still one sentence.
  const wrapped = `${words(20).slice(0, -1)}\n${words(20).replace('Nerves', 'nerves')}`;
  assert.deepEqual(lint(wrapped, { rules: [rule], format: 'text' }).map((f) => f.message.slice(0, 22)), ['This sentence has 40 w']);
  const [f] = lint(`${words(31)}`, { rules: [rule], format: 'text' });
  assert.equal(f!.message, 'This sentence has 31 words; sentences over 30 words are hard to follow, so consider splitting it.');
});

test('readability: a very hard shorter sentence is a hint with its grade and long words; medical names do not count', () => {
  const hard = 'Recognizing these associations enables individualized therapeutic decisions, potentially improving functional independence considerably.';
  const text = `Rest helps. ${hard}`;
  const [f, ...rest] = check(text);
  assert.equal(rest.length, 0);
  assert.deepEqual([f!.offset, f!.endOffset, f!.severity, f!.actual], [12, text.length, 'hint', hard]);
  assert.equal(
    f!.message,
    'This sentence is very hard to read (about grade 31): 11 of its 12 words have three or more syllables besides medical names, such as "Recognizing", "associations", "enables"; everyday words make it easier.',
  );
  // As hard by the formula, but its long words are the names of the illnesses and the treatment.
  const names = 'Chronic inflammatory demyelinating polyneuropathy and multifocal motor neuropathy are often treated with intravenous immunoglobulin.';
  assert.ok(fleschKincaidGrade(names) >= 16);
  assert.deepEqual(check(names), []);
  assert.deepEqual(check(hard, { audience: 'professional' }), []);
  // Over 30 words it is a long sentence (info), not also a hard one.
  const long = `${hard.slice(0, -1)}, and then ${hard.toLowerCase().slice(0, -1)}, for many people in daily life.`;
  assert.deepEqual(check(long).map((x) => [x.severity, x.message.slice(0, 26)]), [['info', 'This sentence has 32 words']]);
});
