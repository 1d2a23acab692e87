import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DEFAULT_MAX_FILE_SIZE, Linter, checkSize, parseConfig, utf8Length } from '../../src/core/index';
import { BAD_INPUTS, type BadInput } from './bad-input-cases';
import { terms } from './helpers';
import { RUNS, params, anyText, assertWellFormed } from './property-arbitraries';

/** Upper bounds in CPU seconds: far above the measured times (see `npm run bench`), far below a hang. */
const BOUND_S: Record<string, number> = { '1 MB single line': 40, '180,000 terms in one paragraph': 30 };

function cpuSeconds(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

const byName = (name: string): BadInput => BAD_INPUTS.find((i) => i.name === name)!;

for (const input of BAD_INPUTS.filter((i) => !i.overLimit)) {
  test(`bad input, ${input.name} (${input.story}): checked in bounded time without a throw`, () => {
    const text = input.make();
    assert.equal(checkSize(text).ok, true, 'under the default size limit');
    let findings: ReturnType<Linter['lint']> = [];
    const seconds = cpuSeconds(() => (findings = new Linter(terms).lint(text)));
    assertWellFormed(text, findings);
    assert.ok(seconds < (BOUND_S[input.name] ?? 10), `${input.name} took ${seconds.toFixed(1)} s`);
  });
}

test('bad input: nested image brackets are refused up front and reported as not checked, not parsed for minutes', () => {
  const findings = new Linter(terms).lint(byName('180 KB of nested image brackets').make());
  assert.deepEqual(findings.map((f) => [f.ruleId, f.range.start.line]), [['not-checked', 0]]);
  assert.match(findings[0]!.message, /^Not checked: this line, because its markup nests links or images 30000 levels deep/);
});

test('bad input: an empty file and a file with only front matter give no findings', () => {
  assert.deepEqual(new Linter(terms).lint(byName('empty file').make()), []);
  assert.deepEqual(new Linter(terms).lint(byName('only front matter').make()), []);
});

test('bad input: invalid UTF-8 arrives as replacement characters and the words around it are still read', () => {
  const text = byName('invalid UTF-8').make();
  assert.ok(text.includes('\ufffd'));
  const terms_ = new Linter(terms).lint(text).map((f) => f.actual);
  assert.ok(terms_.every((a) => text.includes(a)));
});

test('bad input: a 50 MB file is skipped with a message that names the setting, without reading it all', () => {
  const text = byName('50 MB file').make();
  let result = checkSize(text);
  const seconds = cpuSeconds(() => (result = checkSize(text)));
  assert.equal(result.ok, false);
  assert.ok(seconds < 1, `checkSize stops at the limit (${seconds.toFixed(2)} s)`);
  const stat = checkSize(50_000_000);
  assert.equal(
    stat.ok ? 'checked' : stat.message,
    'Skipped: the file is 50 MB, over the neuroterm.maxFileSize limit of 4 MB. Raise the limit to check it.',
  );
  assert.equal(DEFAULT_MAX_FILE_SIZE, 4_000_000);
});

test('bad input: a 1 MB single line is skipped under a 1 MB limit, with the size in the message', () => {
  const result = checkSize(byName('1 MB single line').make(), 1_000_000);
  assert.deepEqual(result.ok === false && result.message, 'Skipped: the file is more than 1 MB, over the neuroterm.maxFileSize limit of 1 MB. Raise the limit to check it.');
});

test('checkSize: at the limit is fine, one byte over is not; no positive limit means no limit', () => {
  assert.equal(checkSize('é'.repeat(5), 10).ok, true);
  assert.equal(checkSize('é'.repeat(5) + 'a', 10).ok, false);
  assert.equal(checkSize(10 ** 12, 0).ok, true);
  assert.equal(checkSize(10 ** 12, Number.NaN).ok, true);
  assert.deepEqual(checkSize(12, 1000), { ok: true, bytes: 12 });
});

test('utf8Length equals the encoded length for any string, lone surrogates included', () => {
  fc.assert(
    fc.property(anyText, (text) => {
      assert.equal(utf8Length(text), Buffer.byteLength(text, 'utf8'));
    }),
    params(RUNS * 4),
  );
});

test('broken configuration: parseConfig never throws and places every problem on a real line', () => {
  fc.assert(
    fc.property(fc.oneof(anyText, fc.json(), fc.constantFrom('{"rules": {"spelling": "loud"}}', '{"rules":', 'rules: [', 'audience: 42', '\u0000\ud800')), (text) => {
      const { problems } = parseConfig(text, '.neuroterm.json');
      const lines = text.split(/\r\n|\r|\n/).length;
      for (const p of problems) {
        assert.equal(p.file, '.neuroterm.json');
        assert.ok(p.line >= 1 && p.line <= lines + 1 && p.column >= 1, `problem at ${p.line}:${p.column} of ${lines} lines`);
        assert.ok(p.message.length > 0);
      }
    }),
    params(RUNS * 2),
  );
});

test('the nesting guard leaves real Markdown alone: a long rule under a line keeps inline code unchecked', () => {
  const rule = '-'.repeat(60);
  const flagged = new Linter(terms).lint(`Intro with CIPD here.\n${rule}\n`).filter((f) => f.ruleId === 'spelling');
  assert.deepEqual(flagged.map((f) => f.actual), ['CIPD']);
  assert.deepEqual(new Linter(terms).lint(`Intro with \`CIPD\` here.\n${rule}\n`).filter((f) => f.ruleId === 'spelling'), []);
});
