import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Linter } from '../../src/core/index';
import { markupTooComplex } from '../../src/core/markdown/markup-limits';
import { ONLY_TERM_RULES, fixtureDir, runCli } from './fixtures/cli';
import { terms } from './helpers';

const MS_CLAIM = 'Multiple sclerosis is a peripheral neuropathy.';
const images = (depth: number): string => `${'!['.repeat(depth)}x${'](a.png)'.repeat(depth)}`;

test('markup limits: 32 levels of nesting are read, 33 are refused; so are 5,001 delimiters in one chunk', () => {
  assert.equal(markupTooComplex(images(32)), undefined);
  assert.equal(markupTooComplex(images(33)), 'nests links or images 33 levels deep');
  assert.equal(markupTooComplex(`${'*a '.repeat(32)}b`), undefined);
  assert.equal(markupTooComplex(`${'*a '.repeat(33)}b`), 'nests emphasis 33 levels deep');
  assert.equal(markupTooComplex(`${'> '.repeat(33)}quote`), 'nests block quotes or lists more than 32 levels deep');
  assert.equal(markupTooComplex('[GBS] '.repeat(2_500)), undefined);
  assert.equal(markupTooComplex(`${'[GBS] '.repeat(2_500)}|`), 'holds 5,001 brackets, emphasis marks and other delimiters');
  // Escaped brackets and balanced emphasis in ordinary prose do not count as nesting.
  assert.equal(markupTooComplex(`${'\\['.repeat(100)} and ${'**bold** _it_ '.repeat(200)}`), undefined);
});

test('a chunk nested too deep is not read at all: code in it is not taken for prose, and the skip is reported', () => {
  // Until 0.2 such a chunk was read as plain text, so the claim inside the code fence was flagged.
  const text = `${'> '.repeat(40)}quoted\n\`\`\`text\n${MS_CLAIM}\n\`\`\`\n`;
  const findings = new Linter(terms).lint(text);
  assert.deepEqual(
    findings.map((f) => [f.ruleId, f.severity, f.range.start.line, f.range.end.line, f.range.end.character]),
    [['not-checked', 'warning', 0, 3, 3]],
  );
  assert.equal(
    findings[0]!.message,
    'Not checked: these 4 lines, because their markup nests block quotes or lists more than 32 levels deep, more than the Markdown parser can read in reasonable time; simplify it to have them checked.',
  );
});

test('time budget: chunks past it are reported once as not checked, and the next check reads them', () => {
  const text = `# Nerves\n\nIntro.\n\n## Kinds\n\n${MS_CLAIM}\n`;
  const linter = new Linter(terms);
  const stopped = linter.lint(text, { timeBudgetMs: 0 });
  assert.deepEqual(
    stopped.map((f) => [f.ruleId, f.range.start.line, f.range.end.character, f.message]),
    [['not-checked', 0, 8, 'Not checked: this line and the rest of the document, because the time allowed for one check (0 s) ran out here; split the document or simplify its markup.']],
  );
  const next = linter.lint(text);
  assert.deepEqual(next.map((f) => [f.ruleId, f.range.start.line]), [['anatomy-misclassification', 6]]);
});

test('CLI: a file checked only in part fails the run unless --allow-skipped, or the rule is off', async () => {
  const config = JSON.stringify({ ...ONLY_TERM_RULES, rules: { ...ONLY_TERM_RULES.rules, 'not-checked': 'warning' } });
  const dir = fixtureDir({ '.neuroterm.json': config, 'nested.md': `Fine.\n\n## Caption\n\n${images(40)}\n` });
  const { code, stdout, stderr } = await runCli(['check', 'nested.md'], dir);
  assert.equal(code, 2);
  assert.match(stdout, /^nested\.md\n {2}3:1 {2}warning {2}Not checked: these 3 lines, because their markup nests links or images 40 levels deep/);
  assert.equal(stderr, 'neuroterm: 1 file was checked only in part; pass --allow-skipped to accept that\n');
  assert.equal((await runCli(['check', 'nested.md', '--allow-skipped'], dir)).code, 0);
  assert.equal((await runCli(['check', 'nested.md', '--rule', 'not-checked=off'], dir)).code, 0);
});
