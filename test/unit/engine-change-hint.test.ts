import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Linter, type TextChange } from '../../src/core/index';
import { generateCorpus, prng } from '../../bench/corpus';
import { terms } from './helpers';

/** Applies one edit and returns the new text with the `TextChange` an editor would report for it. */
function edit(text: string, start: number, end: number, insert: string): { text: string; change: TextChange } {
  return { text: text.slice(0, start) + insert + text.slice(end), change: { start, oldEnd: end, newEnd: start + insert.length } };
}

test('lint with a change hint equals a fresh lint, for typing, pasting, deleting and joining paragraphs', () => {
  const rand = prng(3);
  let text = generateCorpus(20_000);
  const linter = new Linter(terms);
  linter.lint(text);
  const inserts = ['x', ' ', '\n', '\n\n', '# Heading\n\n', 'Guillian-Barre syndrome ', '```\ncode\n', '- item\n', ''];
  for (let i = 0; i < 60; i++) {
    const start = Math.floor(rand() * text.length);
    const end = Math.min(text.length, start + (i % 3 === 0 ? Math.floor(rand() * 200) : 0));
    const next = edit(text, start, end, inserts[i % inserts.length]!);
    text = next.text;
    assert.deepEqual(linter.lint(text, { change: next.change }), new Linter(terms).lint(text), `edit ${i} at ${start}-${end}`);
  }
});

test('a change hint that cannot hold (longer than the texts) is ignored and the texts are compared', () => {
  const linter = new Linter(terms);
  linter.lint('Guillian-Barre syndrome is rare.\n');
  const text = 'CIDP is rare.\n';
  assert.deepEqual(linter.lint(text, { change: { start: 50, oldEnd: 60, newEnd: 60 } }), new Linter(terms).lint(text));
});
