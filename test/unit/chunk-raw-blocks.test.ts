import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chunkMarkdown } from '../../src/core/markdown/chunk';
import { lint } from './helpers';

// A heading always opens a chunk, so a heading-like line after a blank line is where a wrong split shows.
const CLAIM = '# Corticosteroids are an effective treatment for GBS';
const around = (inner: string) => `Intro paragraph.\n\n${inner}\n\nClosing paragraph.\n`;
const claims = (text: string) => lint(text).filter((f) => f.ruleId === 'treatment-claim').length;

test('no chunk starts inside a <pre>, <script>, <style> or <textarea> block, so code after a blank line stays code', () => {
  for (const tag of ['pre', 'script', 'style', 'textarea', 'PRE']) {
    const text = around(`<${tag}>\none\n\n${CLAIM}\n\ntwo\n</${tag}>`);
    assert.equal(claims(text), 0, tag);
    assert.ok(!chunkMarkdown(text).some((c) => c.text.startsWith('# Cortico')), tag);
  }
  // The same line outside the block is prose and is checked.
  assert.equal(claims(around(`<pre>\none\n</pre>\n\n${CLAIM}`)), 1);
});

test('a fence line with an info string does not close an open fence', () => {
  assert.equal(claims(around('```\ncode\n```js\n\n' + CLAIM + '\n```')), 0);
  assert.equal(claims(around('~~~\ncode\n~~~ python\n\n' + CLAIM + '\n~~~')), 0);
  // A real closing fence ends it.
  assert.equal(claims(around('```\ncode\n```\n\n' + CLAIM)), 1);
});
