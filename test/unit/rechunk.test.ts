import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { chunkMarkdown } from '../../src/core/index';
import { Occurrences } from '../../src/core/markdown/chunk';
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
      // An edited chunk replaces the old chunk at its start, before the edit; no old chunk lives on twice.
      const heirs = result.flatMap((r) => (r.previous ?? r.replaces ? [r.previous ?? r.replaces] : []));
      assert.equal(new Set(heirs).size, heirs.length);
      let prefix = 0;
      while (prefix < Math.min(before.length, after.length) && before[prefix] === after[prefix]) prefix++;
      for (const r of result) if (r.replaces) assert.ok(!r.previous && r.replaces.chunk.start === r.chunk.start && r.chunk.start <= prefix);
    }),
    { numRuns: 3000 },
  );
});

test('a paragraph that becomes a chunk start splits its chunk: the first part replaces the old chunk', () => {
  const paragraphs = Array.from({ length: 40 }, (_, i) => `Paragraph ${i}: some words about nerves.`);
  const before = paragraphs.join('\n\n');
  const old = chunkMarkdown(before).map((chunk) => ({ chunk }));
  // A line starting with "#" always starts a chunk; find one that does not start one yet.
  const k = old.findIndex((o) => o.chunk.text.includes('\n\nParagraph'));
  const at = old[k]!.chunk.start + old[k]!.chunk.text.indexOf('\n\nParagraph') + 2;
  const after = before.slice(0, at) + '#' + before.slice(at + 1);
  const result = rechunk(before, old, after, { prefix: at, suffix: before.length - at - 1 });
  assert.equal(result.length, old.length + 1);
  assert.equal(result[k]!.replaces, old[k]);
  assert.equal(result[k + 1]!.replaces, undefined);
  assert.equal(result[k + 1]!.previous, undefined);
  assert.equal(result[k + 1]!.chunk.start, at);
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

test('the chunker finds rare strings (CR, comment markers) like indexOf, across its search windows', () => {
  const pieces = ['\r', '<!--', '-->', '\n', 'word '.repeat(900), 'x', 'xy', '<!-', '->'];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));
  // Mostly short steps, as the chunker asks line by line; now and then a long jump or range.
  const step = (long: number) => fc.oneof({ arbitrary: fc.nat(5), weight: 8 }, { arbitrary: fc.nat(long), weight: 1 });
  const ranges = fc.array(fc.tuple(step(7000), step(6000)), { maxLength: 80 });
  fc.assert(
    fc.property(text, ranges, fc.constantFrom('\r', '<!--', '-->'), fc.constantFrom(1, 5, 9, 4096), (t, steps, needle, window) => {
      const occurrences = new Occurrences(t, needle, window);
      let start = 0;
      for (const [skip, length] of steps) {
        start = Math.min(t.length, start + skip);
        const end = Math.min(t.length, start + length);
        const naive = t.indexOf(needle, start);
        assert.equal(occurrences.firstIn(start, end), naive !== -1 && naive < end ? naive : -1, `${needle} in [${start}, ${end})`);
      }
    }),
    { numRuns: 1000 },
  );
});

test('an edit far below an unclosed "---" on the first line that closes it turns the top into front matter', () => {
  const before = '---\n\n\n# Head\n\n# Head';
  for (const after of [`${before}\n---\n`, before.replace(/# Head$/, '---\n')]) {
    const result = rechunk(before, chunkMarkdown(before).map((chunk) => ({ chunk })), after);
    assert.deepEqual(result.map((r) => r.chunk), chunkMarkdown(after));
    assert.equal(result[0]!.chunk.frontMatter, true);
  }
});

/** A text that counts how often it is built whole, as an editor's piece store would be. */
function counted(text: string): { source: { length: number; slice: (s?: number, e?: number) => string; toString: () => string }; wholeReads: () => number } {
  let reads = 0;
  return {
    source: { length: text.length, slice: (s, e) => text.slice(s, e), toString: () => (reads++, text) },
    wholeReads: () => reads,
  };
}

test('rechunk told where the edit is, reading only a window of the new text, gives the chunks of a fresh chunking', () => {
  const filler = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} about nerves.`).join('\n\n');
  fc.assert(
    fc.property(doc, fc.nat(), fc.nat(), doc, (middle, a, b, inserted) => {
      const before = `${filler}\n\n${middle}\n\n${filler}`;
      const start = filler.length + (Math.min(a, b) % (middle.length + 3));
      const end = Math.min(before.length, start + (Math.max(a, b) % 40));
      const after = before.slice(0, start) + inserted + before.slice(end);
      const old = chunkMarkdown(before).map((chunk) => ({ chunk }));
      const result = rechunk(before, old, counted(after).source, { prefix: start, suffix: before.length - end });
      assert.deepEqual(result.map((r) => r.chunk), chunkMarkdown(after));
    }),
    { numRuns: 2000 },
  );
});

test('typing in the middle of a long document never builds the new text whole', () => {
  const before = Array.from({ length: 3000 }, (_, i) => `Paragraph ${i}: some words about nerves.`).join('\n\n');
  const at = before.indexOf('Paragraph 1500') + 5;
  const after = before.slice(0, at) + 'x' + before.slice(at);
  const { source, wholeReads } = counted(after);
  const result = rechunk(before, chunkMarkdown(before).map((chunk) => ({ chunk })), source, { prefix: at, suffix: before.length - at });
  assert.deepEqual(result.map((r) => r.chunk), chunkMarkdown(after));
  assert.equal(wholeReads(), 0);
});

test('two new chunks with the same text take two old chunks, never one twice', () => {
  // Found by the property above: typing a blank line after the last "# Head" makes it equal the first.
  const before = '# Head\n\n# Head';
  const after = `${before}\n\n`;
  const old = chunkMarkdown(before).map((chunk) => ({ chunk }));
  const result = rechunk(before, old, after);
  assert.deepEqual(result.map((r) => r.chunk), chunkMarkdown(after));
  assert.equal(result[0]!.previous, old[0]);
  assert.equal(result[1]!.previous, undefined);
  assert.equal(result[1]!.replaces, old[1]);
});
