import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Linter, chunkMarkdown } from '../../src/core/index';
import { miniTerms } from './fixtures/mini-terminology';
import { firstMentionRule, mentionRule } from './fixtures/test-rules';

const lint = (text: string, format: 'markdown' | 'text' = 'markdown') =>
  new Linter(miniTerms).lint(text, { rules: [mentionRule], format });
const spans = (text: string, format: 'markdown' | 'text' = 'markdown') =>
  lint(text, format).map((f) => [f.actual, f.offset, f.endOffset, f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character]);

test('ranges count UTF-16 code units: an emoji is two', () => {
  const text = '# \u{1F9E0} Brain\n\n\u{1F600}\u{1F600} GBS and IVIG.';
  assert.deepEqual(spans(text), [
    ['GBS', 17, 20, 2, 5, 2, 8],
    ['IVIG', 25, 29, 2, 13, 2, 17],
  ]);
});

test('CRLF line endings: offsets count both characters, lines and characters follow VS Code', () => {
  const text = 'Intro line.\r\n\r\nGBS here,\r\nand CIDP there.\r\n';
  assert.deepEqual(spans(text), [
    ['GBS', 15, 18, 2, 0, 2, 3],
    ['CIDP', 30, 34, 3, 4, 3, 8],
  ]);
});

test('a lone CR ends a line', () => {
  const text = 'Intro.\r\rGBS and\rIVIG.';
  assert.deepEqual(spans(text), [
    ['GBS', 8, 11, 2, 0, 2, 3],
    ['IVIG', 16, 20, 3, 0, 3, 4],
  ]);
});

test('a term across a line break gets a two-line range', () => {
  const text = 'Living with chronic inflammatory\ndemyelinating polyneuropathy.';
  assert.deepEqual(spans(text), [['chronic inflammatory\ndemyelinating polyneuropathy', 12, 61, 0, 12, 1, 28]]);
});

test('front matter, code, inline code, HTML and URLs are never checked; link text and tables are', () => {
  const text = [
    '---',
    'title: GBS',
    '---',
    '',
    '# GBS heading',
    '',
    '```',
    'GBS in code',
    '```',
    '',
    'Inline `GBS` and <span title="GBS">IVIG</span> and https://example.org/GBS and [CIDP](https://example.org/MS).',
    '',
    '| Term | Note |',
    '| --- | --- |',
    '| EGPA | *MS* |',
    '',
    '> Quoted GBS.',
    '',
    '- a list item on IVIG',
  ].join('\n');
  assert.deepEqual(
    lint(text).map((f) => [f.actual, f.range.start.line]),
    [['GBS', 4], ['IVIG', 10], ['CIDP', 10], ['EGPA', 14], ['MS', 14], ['GBS', 16], ['IVIG', 18]],
  );
});

test('plain text files are prose throughout', () => {
  assert.deepEqual(spans('```\nGBS\n```', 'text'), [['GBS', 4, 7, 1, 0, 1, 3]]);
});

test('document rules get absolute offsets and run after block rules', () => {
  const findings = new Linter(miniTerms).lint('Intro.\n\nThen GBS.', { rules: [mentionRule, firstMentionRule] });
  assert.deepEqual(
    findings.map((f) => [f.ruleId, f.category, f.severity, f.offset, f.endOffset]),
    [['test-first', 'abbreviation-undefined', 'info', 13, 16], ['test-mention', 'readability', 'warning', 13, 16]],
  );
});

test('settings set a severity by rule id or category; a rule id wins', () => {
  const linter = new Linter(miniTerms);
  const at = (rules: Record<string, 'off' | 'error' | 'hint'>) =>
    linter.lint('GBS.', { rules: [mentionRule], settings: { rules } }).map((f) => f.severity);
  assert.deepEqual(at({ readability: 'error' }), ['error']);
  assert.deepEqual(at({ readability: 'off' }), []);
  assert.deepEqual(at({ readability: 'off', 'test-mention': 'hint' }), ['hint']);
});

test('incremental: an edit re-analyses only the changed chunk and gives the same result as a fresh lint', () => {
  const paragraphs = Array.from({ length: 200 }, (_, i) => `Paragraph ${i} is about nerves and mentions GBS and IVIG.`);
  const linter = new Linter(miniTerms);
  let analysed = 0;
  const counting = { ...mentionRule, check: (...args: Parameters<typeof mentionRule.check>) => (analysed++, mentionRule.check(...args)) };
  const original = paragraphs.join('\n\n');
  linter.lint(original, { rules: [counting] });
  assert.equal(analysed, chunkMarkdown(original).length);
  assert.ok(analysed > 20, `${analysed} chunks`);
  analysed = 0;
  // Past the first 24 characters, so the chunk boundaries stay where they are.
  paragraphs[120] = 'Paragraph 120 is about nerves and mentions CIDP.';
  const edited = paragraphs.join('\n\n');
  const after = linter.lint(edited, { rules: [counting] });
  assert.equal(analysed, 1);
  assert.deepEqual(after, new Linter(miniTerms).lint(edited, { rules: [mentionRule] }));
});

test('repeated identical chunks are analysed once', () => {
  let analysed = 0;
  const counting = { ...mentionRule, check: (...args: Parameters<typeof mentionRule.check>) => (analysed++, mentionRule.check(...args)) };
  const findings = new Linter(miniTerms).lint('# GBS\n\n# GBS\n\n# GBS\n\n', { rules: [counting] });
  assert.equal(analysed, 1);
  assert.deepEqual(findings.map((f) => [f.offset, f.range.start.line]), [[2, 0], [9, 2], [16, 4]]);
});

test('never throws on odd input', () => {
  for (const text of ['', '\r', '\n\n\n', '---', '---\n', '<!--', '```', '\uD800 GBS', '|', '[x]: <>', '\u0000GBS']) {
    assert.doesNotThrow(() => lint(text), JSON.stringify(text));
  }
});
