import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractProse } from '../../src/core/markdown/prose';
import { lint } from './helpers';

const CLAIM = 'Corticosteroids are an effective treatment for GBS.';
const flagged = (text: string) => lint(text).filter((f) => f.ruleId === 'treatment-claim').map((f) => [f.offset, f.actual]);

test('a bracketed URL or e-mail address no longer blanks its paragraph: the claim beside it is reported', () => {
  for (const tail of [' Source: [https://example.org/x]', ' Write to [a@b.org] for help.', ' Mail foo\\_bar@x.org today.']) {
    assert.deepEqual(flagged(`${CLAIM}${tail}\n`), [[0, 'Corticosteroids']], tail);
  }
});

test('in such a paragraph the addresses themselves stay out of the prose', () => {
  const text = `${CLAIM} Source: [https://example.org/x] or [a@b.org].\n`;
  const { masked } = extractProse(text);
  assert.equal(masked.length, text.length);
  assert.ok(masked.startsWith(CLAIM), masked);
  assert.ok(!masked.includes('example.org') && !masked.includes('a@b.org'), masked);
});

test('e-mail and non-http autolinks are not prose', () => {
  for (const text of ['Ask MS <ms@clinic.org> today.\n', 'Files at <ftp://files.clinic.org/MS> only.\n', 'Write to ms@clinic.org today.\n']) {
    const { masked } = extractProse(text);
    assert.ok(!/clinic/.test(masked), `${text} -> ${masked}`);
    assert.ok(masked.includes('today') || masked.includes('only'), masked);
  }
});
