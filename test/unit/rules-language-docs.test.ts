/**
 * The flagged and correct examples on the docs pages of the language rules run against the bundled
 * terminology, so the pages cannot drift from the rules. In a "Flagged" block every line except headings
 * carries a finding (each line is linted as its own document); a "Correct" block carries none.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleById } from '../../src/core/index';
import { lint } from './helpers';

const root = join(import.meta.dirname, '..', '..');

function examples(page: string, label: string): string[] {
  const at = page.indexOf(`\n${label}`);
  const block = /```markdown\n([\s\S]*?)```/.exec(page.slice(at));
  assert.ok(at >= 0 && block, `missing "${label}" example block`);
  // "(info)" or "(hint)" after a line is a note for the reader, not part of the example.
  return block[1]!.split('\n').map((line) => line.replace(/ {2,}\([^)]*\)$/, ''));
}

const IDS = ['absolute-claim', 'outdated-term', 'spelling', 'abbreviation-undefined', 'ambiguous-abbreviation', 'stigmatizing-language', 'plain-language', 'abbreviation-consistency', 'passive-voice'];

for (const id of IDS) {
  const rule = ruleById(id)!;
  const page = readFileSync(join(root, 'docs', 'rules', `${id}.md`), 'utf8');

  test(`${id} docs: every flagged example line is flagged`, () => {
    for (const line of examples(page, 'Flagged:')) {
      if (line.trim() === '' || line.startsWith('#')) continue;
      assert.ok(lint(line, { rules: [rule] }).length > 0, `not flagged: ${line}`);
    }
  });

  test(`${id} docs: the correct examples are left alone`, () => {
    const text = examples(page, 'Correct, not flagged:').join('\n\n');
    assert.deepEqual(lint(text, { rules: [rule] }).map((f) => `${f.actual}: ${f.message}`), []);
  });
}
