import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { chunkMarkdown } from '../../src/core/index';
import { rechunk } from '../../src/core/markdown/rechunk';

/** Pieces that move chunk boundaries: blank lines, fences, comments, headings, indented lines, CR. */
const PIECES = ['Text GBS.', '\n', '\n\n', '\r\n', '\r', '```\n', '<!-- c', ' -->', '# Head', '    code', '- item', '---\n', 'x', 'é😀'];
const doc = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));

test('rechunk after any edit gives exactly the chunks of a fresh chunking', () => {
  fc.assert(
    fc.property(doc, fc.nat(), fc.nat(), doc, (before, a, b, inserted) => {
      const start = Math.min(a, b) % (before.length + 1);
      const end = Math.min(before.length, start + (Math.max(a, b) % 40));
      const after = before.slice(0, start) + inserted + before.slice(end);
      const old = chunkMarkdown(before).map((chunk) => ({ chunk }));
      const result = rechunk(before, old, after);
      assert.deepEqual(result.map((r) => r.chunk), chunkMarkdown(after));
      for (const r of result) if (r.previous) assert.equal(r.previous.chunk.text, r.chunk.text);
    }),
    { numRuns: 3000 },
  );
});

test('chunks cover the text without gaps, and a typing edit reuses all but the edited chunk', () => {
  const paragraphs = Array.from({ length: 300 }, (_, i) => `Paragraph ${i}: some words about nerves.`);
  const before = paragraphs.join('\n\n');
  const chunks = chunkMarkdown(before);
  assert.equal(chunks.map((c) => c.text).join(''), before);
  chunks.forEach((c, i) => assert.equal(c.start, i === 0 ? 0 : chunks[i - 1]!.start + chunks[i - 1]!.text.length));
  const at = before.indexOf('Paragraph 150') + 5;
  const after = before.slice(0, at) + 'x' + before.slice(at);
  const result = rechunk(before, chunks.map((chunk) => ({ chunk })), after);
  assert.equal(result.filter((r) => !r.previous).length, 1);
});
