import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { completeAt, hoverAt } from '../../src/core/index';
import { terms } from './helpers';
import { RUNS, params, Stopwatch, anyText, markdownDocument, splitsPair } from './property-arbitraries';

const hovers = new Stopwatch();
const completions = new Stopwatch();

/**
 * Offsets to probe: word edges and characters next to anything odd (where bugs live), a spread of
 * the rest, and the out-of-range ones an editor might send. Each call re-analyses a chunk, so
 * every offset of every document would cost minutes.
 */
function offsetsOf(text: string): number[] {
  const edges: number[] = [];
  for (let i = 0; i <= text.length; i++) {
    const here = text.charCodeAt(i);
    const before = text.charCodeAt(i - 1);
    if (here > 0x7f || before > 0x7f || /\W/.test(text.charAt(i)) !== /\W/.test(text.charAt(i - 1))) edges.push(i);
  }
  const step = Math.max(1, Math.ceil(edges.length / 60));
  return [...edges.filter((_, i) => i % step === 0), 0, text.length, -1, text.length + 1, Number.NaN, 1.5];
}

function assertHover(text: string, offset: number): void {
  const hover = hovers.time(text, () => hoverAt(text, offset, terms));
  if (!hover) return;
  assert.ok(hover.offset >= 0 && hover.offset <= offset && offset <= hover.endOffset && hover.endOffset <= text.length, `hover range holds ${offset}`);
  assert.ok(!splitsPair(text, hover.offset) && !splitsPair(text, hover.endOffset), 'hover keeps surrogate pairs whole');
  assert.ok(terms.get(hover.termId), `hover names a known term: ${hover.termId}`);
  assert.ok(hover.markdown.length > 0, 'hover has content');
}

function assertCompletion(text: string, offset: number): void {
  const result = completions.time(text, () => completeAt(text, offset, terms));
  if (!result) return;
  assert.equal(result.endOffset, offset, 'completion replaces the words before the cursor');
  assert.ok(result.offset >= 0 && result.offset <= result.endOffset, 'completion range inside the document');
  assert.ok(!splitsPair(text, result.offset), 'completion keeps surrogate pairs whole');
  assert.ok(result.items.length > 0, 'a result has items');
  for (const item of result.items) assert.ok(item.label.length > 0 && terms.get(item.termId), `item for a known term: ${item.termId}`);
}

test('hoverAt and completeAt never throw at any offset of generated Markdown', () => {
  fc.assert(
    fc.property(markdownDocument, (text) => {
      for (const offset of offsetsOf(text)) {
        assertHover(text, offset);
        assertCompletion(text, offset);
      }
    }),
    params(Math.ceil(RUNS / 3)),
  );
});

test('hoverAt and completeAt never throw at any offset of arbitrary strings', () => {
  fc.assert(
    fc.property(anyText, (text) => {
      for (const offset of offsetsOf(text)) {
        assertHover(text, offset);
        assertCompletion(text, offset);
      }
    }),
    params(Math.ceil(RUNS / 3)),
  );
});

after(() => console.log(`# property-editor: ${hovers.summary('hoverAt')}; ${completions.summary('completeAt')}`));
