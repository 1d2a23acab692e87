import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from './helpers';
import { markerRange } from '../../src/core/index';

const HARD = 'Immunomodulatory interventions necessitate individualized evaluation of electrophysiological abnormalities. ';
const at = (line: number, character: number) => ({ start: { line, character }, end: { line, character } });

test('marker range: the reading grade of a page with a plain-text title is marked after the title, not on its first word', () => {
  const title = 'What nerve damage feels like  ';
  const text = `${title}\n\n${HARD.repeat(14)}\n`;
  const grade = lint(text).find((f) => f.message.startsWith('The document reads at'))!;
  assert.deepEqual([grade.offset, grade.endOffset, grade.actual], [0, 0, ''], 'the finding itself stays at 1:1 (CLI, JSON)');
  // VS Code would widen an empty marker at 1:1 to "What"; at the end of the words it draws one character.
  assert.deepEqual(markerRange(grade.range, title), at(0, 'What nerve damage feels like'.length));
});

test('marker range: an empty range touching no word, and every non-empty range, stay as they are', () => {
  assert.deepEqual(markerRange(at(0, 0), '# Treatment'), at(0, 0), 'before "#" nothing is widened');
  assert.deepEqual(markerRange(at(2, 0), ''), at(2, 0), 'an empty line');
  assert.deepEqual(markerRange(at(0, 4), 'Rest well'), at(0, 9), 'just after a word also touches it');
  assert.deepEqual(markerRange(at(0, 3), 'Él é'), at(0, 4), 'accented letters are word characters');
  const span = { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } };
  assert.equal(markerRange(span, 'Rest well'), span);
});
