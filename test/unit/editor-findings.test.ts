import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editorFindings } from '../../src/core/index';
import { lint } from './helpers';

// 2,000 repeated info findings (capitals in running text, where the first line writes the name in lower
// case) and, at the very end, one error.
const REPEATED = 'She has Multiple Sclerosis, which affects the brain.\n\n';
const LONG = `Doctors call it multiple sclerosis.\n\n${REPEATED.repeat(2000)}Corticosteroids are an effective treatment for GBS.\n`;

test('editor findings: repeated info findings fold into the first, with a count; an error at the end stays', () => {
  const all = lint(LONG);
  assert.ok(all.length >= 2000, `${all.length}`);
  const { shown, folded, heldBack } = editorFindings(all);
  const capitals = shown.filter((f) => f.ruleId === 'spelling');
  assert.equal(capitals.length, 1);
  assert.match(capitals[0]!.message, /\(1999 more like this in the document\)$/);
  assert.equal(folded, 1999);
  assert.equal(heldBack, 0);
  assert.ok(shown.some((f) => f.ruleId === 'treatment-claim' && f.range.start.line === 4002), 'the mistake typed at the end is shown');
  assert.ok(shown.length < 100);
});

test('editor findings: over the limit, errors first, then findings near the cursor; the rest are held back and counted', () => {
  const all = lint(LONG).filter((f) => f.ruleId !== 'readability');
  const distinct = all.map((f, i) => ({ ...f, severity: 'warning' as const, actual: `${f.actual}${i}` }));
  const error = { ...distinct[distinct.length - 1]!, severity: 'error' as const };
  const input = [...distinct.slice(0, -1), error];
  const { shown, heldBack } = editorFindings(input, { limit: 50, cursorLine: 2000 });
  assert.equal(shown.length, 50);
  assert.equal(heldBack, input.length - 50);
  assert.equal(shown.filter((f) => f.severity === 'error').length, 1);
  const lines = shown.filter((f) => f.severity === 'warning').map((f) => f.range.start.line);
  assert.ok(lines.every((l) => Math.abs(l - 2000) <= 60), `${Math.min(...lines)}..${Math.max(...lines)}`);
  assert.deepEqual(shown, [...shown].sort((a, b) => a.offset - b.offset), 'in document order');
});

test('editor findings: the document and section reading grades (empty ranges, no words) never fold into one another', () => {
  const HARD = 'Immunomodulatory interventions necessitate individualized evaluation of electrophysiological abnormalities. ';
  const text = `# Guide\n\n## Science\n\n${HARD.repeat(14)}\n\n## Research\n\n${HARD.repeat(14)}\n`;
  const grades = lint(text).filter((f) => f.ruleId === 'readability' && f.offset === f.endOffset);
  assert.deepEqual(grades.map((f) => f.offset), [0, text.indexOf('## Science'), text.indexOf('## Research')]);
  const { shown, folded } = editorFindings(grades);
  assert.deepEqual(shown, grades, 'each shown as it is, no "more like this" count');
  assert.equal(folded, 0);
});
