import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleById, type Finding, type LintSettings } from '../../src/core/index';
import { lint } from './helpers';

const rule = ruleById('spelling')!;
const check = (text: string, settings: Partial<LintSettings> = {}): Finding[] => lint(text, { rules: [rule], settings });
const brief = (text: string, settings: Partial<LintSettings> = {}) =>
  check(text, settings).map((f) => [f.actual, f.severity, f.fixes[0]?.newText]);

test('spelling: a misspelled abbreviation is fixed to the abbreviation, not to the long name', () => {
  const [f] = check('Tests for CIPD take time.');
  assert.deepEqual([f!.offset, f!.endOffset, f!.severity, f!.message], [10, 14, 'error', '"CIPD" is misspelled; write "CIDP".']);
  assert.equal(f!.fixes[0]!.newText, 'CIDP');
});

test('spelling: a misspelled long name mid-sentence gets a lower-case fix, at a sentence start a capital', () => {
  assert.deepEqual(brief('She has chronic inflammatory demylinating polyneuropathy.'), [
    ['chronic inflammatory demylinating polyneuropathy', 'error', 'chronic inflammatory demyelinating polyneuropathy'],
  ]);
  assert.deepEqual(brief('Chronic inflammatory demylinating polyneuropathy is rare.')[0]![2], 'Chronic inflammatory demyelinating polyneuropathy');
});

test('spelling: the unaccented spelling alone is accepted; mixed with the accented one it is info', () => {
  assert.deepEqual(brief('Guillain-Barre syndrome is rare.'), []);
  assert.deepEqual(brief('Guillain-Barré syndrome is rare. Most people with Guillain-Barre syndrome recover.'), [
    ['Guillain-Barre syndrome', 'info', 'Guillain-Barré syndrome'],
  ]);
});

test('spelling: eponym style follows the eponymStyle setting', () => {
  // consistent (default): either form alone is fine; a mix keeps the form of the first eponym.
  assert.deepEqual(brief("Bickerstaff's brainstem encephalitis is rare."), []);
  assert.deepEqual(brief("Sjögren's syndrome can damage nerves. Sjögren syndrome often starts with dry eyes."), [
    ['Sjögren syndrome', 'info', "Sjögren's syndrome"],
  ]);
  const [mix] = check("Sjögren syndrome and Bickerstaff's brainstem encephalitis are rare.");
  assert.equal(mix!.message, 'Write "Bickerstaff brainstem encephalitis": the document first writes this name without the possessive; keep one form.');
  assert.deepEqual(brief("Sjögren's syndrome is common. Dry eyes are common in Sjogrens syndrome."), [
    ['Sjogrens syndrome', 'error', "Sjögren's syndrome"],
  ]);
  assert.deepEqual(brief("Bickerstaff's brainstem encephalitis is rare.", { eponymStyle: 'nonpossessive' }), [
    ["Bickerstaff's brainstem encephalitis", 'info', 'Bickerstaff brainstem encephalitis'],
  ]);
  assert.deepEqual(brief("Bickerstaff's brainstem encephalitis is rare.", { eponymStyle: 'possessive' }), []);
  assert.deepEqual(brief('Dry eyes are common in Sjögren syndrome.', { eponymStyle: 'possessive' }), [
    ['Sjögren syndrome', 'info', "Sjögren's syndrome"],
  ]);
  assert.deepEqual(brief('Dry eyes are common in Sjögren syndrome.'), []);
});

test('spelling: possessives in organisation names and grammatical possessives stay', () => {
  assert.deepEqual(brief("The Sjögren's Foundation runs a helpline."), []);
  assert.deepEqual(brief("Guillain-Barré syndrome's first signs appear in the feet."), []);
});

test('spelling: capitals in running text are info when the document also writes the name in lower case', () => {
  const lower = 'Doctors say multiple sclerosis is lifelong.\n\n';
  const [f] = check(`${lower}Her aunt has Multiple Sclerosis and walks with a cane.`);
  const reason = 'the document writes it in lower case elsewhere';
  assert.deepEqual([f!.offset, f!.endOffset, f!.message], [lower.length + 13, lower.length + 31, `Write "multiple sclerosis": ${reason}.`]);
  assert.deepEqual(brief(`${lower}Multiple Sclerosis affects the brain.`), [['Multiple Sclerosis', 'info', 'Multiple sclerosis']]);
});

test('spelling: capitals alone are a house style: one form throughout, sentence starts, labels and proper names stay', () => {
  assert.deepEqual(brief('Her aunt has Multiple Sclerosis. Multiple Sclerosis affects the brain.'), []);
  assert.deepEqual(brief('Multiple sclerosis affects the brain.'), []);
  const lower = 'Doctors say multiple sclerosis is lifelong.\n\n';
  assert.deepEqual(brief(`${lower}# Multiple Sclerosis\n`), []);
  assert.deepEqual(brief(`${lower}- Multiple Sclerosis\n- Guillain-Barré Syndrome (GBS): sudden weakness\n`), []);
  assert.deepEqual(brief(`${lower}She gives to the National Multiple Sclerosis Society.`), []);
});

test('spelling: a missing hyphen in a hyphenated name is info', () => {
  assert.deepEqual(brief('Our guide covers Guillain Barre syndrome in plain words.'), [
    ['Guillain Barre syndrome', 'info', 'Guillain-Barre syndrome'],
  ]);
});

test('spelling: one finding per term lists every reason and fixes them together', () => {
  const [f, ...rest] = check('Guillain-Barré syndrome is rare. She had Guillain-Barre Syndrome last year.');
  assert.equal(rest.length, 0);
  assert.equal(f!.message, 'Write "Guillain-Barré syndrome": the document writes it in lower case elsewhere; the document spells it with accents elsewhere.');
});
