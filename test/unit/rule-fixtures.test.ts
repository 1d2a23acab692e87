/**
 * Every registered rule has a docs page and a fixture folder test/rules/<id>/ with:
 * - flag.md: text it must flag, and expected.txt: the golden `line:col severity rule-id message` lines;
 * - ok.md: correct text it must leave alone (the traps);
 * and every fix it offers, once applied, makes its finding go away.
 * Set UPDATE_GOLDEN=1 to rewrite expected.txt after a reviewed change.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES, type Rule } from '../../src/core/index';
import { applyFixes, golden, lint, terms } from './helpers';

const root = join(import.meta.dirname, '..', '..');

for (const rule of RULES as Rule[]) {
  const dir = join(root, 'test', 'rules', rule.id);
  const only = { rules: [rule] };

  test(`${rule.id}: has a docs page and fixtures`, () => {
    for (const file of [join(root, 'docs', 'rules', `${rule.id}.md`), join(dir, 'flag.md'), join(dir, 'ok.md'), join(dir, 'expected.txt')]) {
      assert.ok(existsSync(file), `missing ${file}`);
    }
  });
  if (!existsSync(join(dir, 'flag.md'))) continue;

  test(`${rule.id}: its docs page header states the registry's category, default severity and scope`, () => {
    const header = readFileSync(join(root, 'docs', 'rules', `${rule.id}.md`), 'utf8').split('\n')[2] ?? '';
    assert.match(header, new RegExp(`^Category: \`${rule.category}\` · Default severity: ${rule.defaultSeverity}\\b.* · Scope: ${rule.scope}\\b`));
  });

  test(`${rule.id}: flags flag.md exactly as expected.txt says`, () => {
    const actual = golden(lint(readFileSync(join(dir, 'flag.md'), 'utf8'), only));
    const expectedFile = join(dir, 'expected.txt');
    if (process.env.UPDATE_GOLDEN) writeFileSync(expectedFile, actual + '\n');
    assert.ok(actual.length > 0, 'flag.md must produce findings');
    assert.equal(actual, readFileSync(expectedFile, 'utf8').trimEnd());
  });

  test(`${rule.id}: leaves ok.md alone`, () => {
    assert.deepEqual(golden(lint(readFileSync(join(dir, 'ok.md'), 'utf8'), only)), '');
  });

  test(`${rule.id}: its fixes fix what they flag`, () => {
    const text = readFileSync(join(dir, 'flag.md'), 'utf8');
    const fixed = applyFixes(text, lint(text, only));
    const remaining = lint(fixed.text, only).filter((f) =>
      fixed.spans.some(([start, end]) => f.offset < end && f.endOffset > start),
    );
    assert.deepEqual(golden(remaining), '');
  });
}

test('terminology examples: flag sentences are flagged, ok sentences are not', () => {
  for (const entry of terms.entries) {
    for (const sentence of entry.examples?.flag ?? []) {
      assert.ok(lint(sentence).length > 0, `${entry.id}: expected a finding in "${sentence}"`);
    }
    for (const sentence of entry.examples?.ok ?? []) {
      assert.equal(golden(lint(sentence)), '', `${entry.id}: expected no finding in "${sentence}"`);
    }
  }
});
