import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, disableLineEdit, fixAllEdits, fixTitle, type Finding } from '../../src/core/index';
import { lint } from './helpers';

const ids = (findings: Finding[]) => findings.map((f) => `${f.range.start.line}:${f.ruleId}:${f.actual}`);

test('"Disable for this line" appends an inline directive that really silences the rule', () => {
  const text = 'First line.\nShe had Guillian-Barre syndrome.\nLast line.';
  const before = lint(text).filter((f) => f.range.start.line === 1);
  assert.ok(before.length > 0, 'fixture must produce a finding on line 1');
  const rule = before[0]!.ruleId;
  const edit = disableLineEdit(text, 1, rule);
  assert.deepEqual(edit, { offset: text.indexOf('\nLast'), endOffset: text.indexOf('\nLast'), newText: ` <!-- neuroterm-disable-line ${rule} -->` });
  const fixed = applyEdits(text, [edit]);
  assert.equal(fixed.split('\n')[1], `She had Guillian-Barre syndrome. <!-- neuroterm-disable-line ${rule} -->`);
  assert.deepEqual(ids(lint(fixed)).filter((id) => id.startsWith(`1:${rule}:`)), []);
});

test('the directive goes before trailing spaces, so a hard line break survives', () => {
  const text = 'Landry paralysis  \nnext';
  const edit = disableLineEdit(text, 0, 'outdated-term');
  assert.equal(applyEdits(text, [edit]), 'Landry paralysis <!-- neuroterm-disable-line outdated-term -->  \nnext');
});

test('an existing line directive gets the rule added once; an all-rules directive is left alone', () => {
  const text = 'Text <!-- neuroterm-disable-line spelling --> more';
  const added = applyEdits(text, [disableLineEdit(text, 0, 'outdated-term')]);
  assert.equal(added, 'Text <!-- neuroterm-disable-line spelling outdated-term --> more');
  assert.equal(applyEdits(added, [disableLineEdit(added, 0, 'spelling')]), added);
  const all = 'Text <!-- neuroterm-disable-line --> more';
  assert.equal(applyEdits(all, [disableLineEdit(all, 0, 'spelling')]), all);
});

test('an empty line or a line past the end gets the directive without a leading space', () => {
  assert.equal(applyEdits('', [disableLineEdit('', 3, 'spelling')]), '<!-- neuroterm-disable-line spelling -->');
  const crlf = 'a\r\nb';
  assert.equal(applyEdits(crlf, [disableLineEdit(crlf, 0, 'spelling')]), 'a <!-- neuroterm-disable-line spelling -->\r\nb');
});

test('"Fix all" applies every first fix and a re-lint no longer reports them', () => {
  const text = 'Guillian-Barre syndrome is rare.\n\nChurg-Strauss syndrome and Guillain-Barr syndrome are different.\n';
  const findings = lint(text);
  const fixable = findings.filter((f) => f.fixes.length > 0);
  assert.ok(fixable.length >= 3, `expected three fixable findings, got ${ids(findings).join(', ')}`);
  const fixes = fixAllEdits(findings);
  assert.equal(fixes.length, fixable.length);
  const fixed = applyEdits(text, fixes);
  assert.equal(
    fixed,
    'Guillain-Barré syndrome is rare.\n\nEosinophilic granulomatosis with polyangiitis (formerly Churg-Strauss syndrome) and Guillain-Barré syndrome are different.\n',
  );
  assert.deepEqual(lint(fixed).filter((f) => f.fixes.length > 0).map((f) => f.ruleId), []);
});

test('"Fix all" never rewrites a medical claim: only mechanical fixes are applied in bulk', () => {
  const text = 'IVIG cures CIDP for good. Guillian-Barre syndrome is rare. He is suffering from GBS.\n';
  const findings = lint(text);
  const claimFixes = findings.filter((f) => ['absolute-claim', 'stigmatizing-language'].includes(f.ruleId) && f.fixes.length > 0);
  assert.ok(claimFixes.length >= 2, `expected claim rewrites, got ${ids(findings).join(', ')}`);
  const fixed = applyEdits(text, fixAllEdits(findings));
  assert.ok(fixed.includes(' cures ') && fixed.includes('suffering from'), fixed);
  assert.ok(fixed.includes('Guillain-Barré syndrome is rare.'), fixed);
});

test('overlapping and duplicate fixes are skipped, keeping the first in document order', () => {
  const finding = (offset: number, endOffset: number, newText: string): Finding =>
    ({ fixes: [{ offset, endOffset, newText, title: newText, mechanical: true }] }) as unknown as Finding;
  const fixes = fixAllEdits([finding(4, 8, 'B'), finding(0, 5, 'A'), finding(0, 5, 'A'), finding(10, 12, 'C')]);
  assert.deepEqual(fixes.map((f) => f.newText), ['A', 'C']);
  assert.equal(applyEdits('0123456789ab', fixes), 'A56789C');
});

test('a claim rewrite shows its sentence as it will read; a mechanical fix keeps its short title', () => {
  const text = 'Intro.\n\nIVIG cures CIDP in every patient. Other text follows.\n';
  const [claim] = lint(text).filter((f) => f.ruleId === 'absolute-claim');
  assert.ok(claim && claim.fixes[0] && !claim.fixes[0].mechanical);
  assert.equal(fixTitle(text, claim.fixes[0]), `${claim.fixes[0].title}: "${applyEdits(text, [claim.fixes[0]]).split('\n')[2]!.split('. ')[0]}."`);
  const spelling = lint('Her doctor suspected CIPD.').find((f) => f.ruleId === 'spelling')!;
  assert.equal(fixTitle('Her doctor suspected CIPD.', spelling.fixes[0]!), spelling.fixes[0]!.title);
});
