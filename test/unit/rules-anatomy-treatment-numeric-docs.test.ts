/**
 * The flagged and correct examples on the docs pages of anatomy-misclassification, treatment-claim
 * and numeric-claim are run against the bundled terminology, so the pages cannot drift from the rules.
 * In a "Flagged" block every line except headings must carry a finding; a "Correct" block carries none.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleById } from '../../src/core/index';
import { lint } from './helpers';

const root = join(import.meta.dirname, '..', '..');

function examples(page: string, label: string): string {
  const at = page.indexOf(`\n${label}`);
  const block = /```markdown\n([\s\S]*?)```/.exec(page.slice(at));
  assert.ok(at >= 0 && block, `missing "${label}" example block`);
  // "(info)" and "(warning)" after a line are notes for the reader, not part of the example.
  return block[1]!.replace(/ {2,}\([^)]*\)$/gm, '');
}

for (const id of ['anatomy-misclassification', 'treatment-claim', 'numeric-claim']) {
  const rule = ruleById(id)!;
  const page = readFileSync(join(root, 'docs', 'rules', `${id}.md`), 'utf8');

  test(`${id} docs: every flagged example line is flagged`, () => {
    const text = examples(page, 'Flagged:');
    const lines = new Set(lint(text, { rules: [rule] }).map((f) => f.range.start.line));
    text.split('\n').forEach((line, i) => {
      if (line.trim() === '' || line.startsWith('#')) return;
      assert.ok(lines.has(i), `not flagged: ${line}`);
    });
  });

  test(`${id} docs: the correct examples are left alone`, () => {
    assert.deepEqual(lint(examples(page, 'Correct, not flagged:'), { rules: [rule] }).map((f) => f.message), []);
  });
}
