import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Linter } from '../../src/core/index';
import { parseDirective } from '../../src/core/directives';
import { miniTerms } from './fixtures/mini-terminology';
import { firstMentionRule, mentionRule } from './fixtures/test-rules';

/** Lines of the findings left after directives, as [line (1-based), ruleId]. */
const left = (lines: string[]) =>
  new Linter(miniTerms)
    .lint(lines.join('\n'), { rules: [mentionRule, firstMentionRule] })
    .map((f) => [f.range.start.line + 1, f.ruleId]);

test('parses directive comments, with ids separated by spaces or commas', () => {
  assert.deepEqual(parseDirective(' neuroterm-disable test-mention, style ', 4), { kind: 'disable', ids: ['test-mention', 'style'], offset: 4 });
  assert.deepEqual(parseDirective('neuroterm-enable', 0), { kind: 'enable', ids: [], offset: 0 });
  assert.deepEqual(parseDirective('neuroterm-disable-next-line', 0)?.kind, 'disable-next-line');
  assert.equal(parseDirective('neuroterm-disabled', 0), undefined);
  assert.equal(parseDirective('a note about neuroterm-disable', 0), undefined);
});

test('disable and enable a range, for all rules', () => {
  assert.deepEqual(left(['GBS one.', '', '<!-- neuroterm-disable -->', '', 'GBS two.', '', '<!-- neuroterm-enable -->', '', 'GBS three.']), [
    [1, 'test-first'],
    [1, 'test-mention'],
    [9, 'test-mention'],
  ]);
});

test('disable by rule id leaves other rules on', () => {
  assert.deepEqual(left(['<!-- neuroterm-disable test-mention -->', 'GBS one.']), [[2, 'test-first']]);
});

test('disable by category', () => {
  assert.deepEqual(left(['<!-- neuroterm-disable abbreviation-undefined -->', 'GBS one.']), [[2, 'test-mention']]);
});

test('enable of one rule after disable of all turns on only that rule', () => {
  assert.deepEqual(left(['<!-- neuroterm-disable -->', '<!-- neuroterm-enable test-first -->', '', 'GBS one.']), [[4, 'test-first']]);
});

test('disable-next-line covers only the next line', () => {
  assert.deepEqual(left(['Intro.', '', '<!-- neuroterm-disable-next-line test-mention -->', 'GBS here.', 'IVIG here.']), [
    [4, 'test-first'],
    [5, 'test-mention'],
  ]);
});

test('disable-line covers its own line', () => {
  assert.deepEqual(left(['Intro.', '', 'GBS here. <!-- neuroterm-disable-line -->', 'IVIG here.']), [[4, 'test-mention']]);
});

test('disable-file applies everywhere, wherever the comment sits', () => {
  assert.deepEqual(left(['GBS here.', '', 'IVIG here.', '', '<!-- neuroterm-disable-file test-mention -->']), [[1, 'test-first']]);
});

test('a directive inside a code block or inline code is not a directive', () => {
  assert.deepEqual(left(['```', '<!-- neuroterm-disable -->', '```', '', 'Use `<!-- neuroterm-disable -->` to switch off.', '', 'GBS.']), [
    [7, 'test-first'],
    [7, 'test-mention'],
  ]);
});

test('a multi-line comment is one directive', () => {
  assert.deepEqual(left(['<!--', 'neuroterm-disable test-mention', '-->', '', 'GBS.']), [[5, 'test-first']]);
});
