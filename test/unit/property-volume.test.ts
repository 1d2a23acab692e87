/**
 * The high-volume property run: at least 100,000 generated inputs per `npm test`, small enough that
 * the whole run fits in a few minutes of CI. Each input is a short Markdown document (one to three
 * blocks of the constructs writers paste, or any UTF-16 text) checked once, and one in five is edited
 * and checked again with the edit as a change hint, which must equal a fresh check. 0 throws, 0 hangs
 * (an input over 2 s of CPU fails), 0 findings outside the text or splitting a surrogate pair.
 * A machine too slow to finish within the time budget fails loudly rather than checking fewer.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Linter } from '../../src/core/index';
import { terms } from './helpers';
import { Stopwatch, anyText, assertWellFormed, markdownBlock, params } from './property-arbitraries';

const INPUTS = Number(process.env.NEUROTERM_FUZZ_VOLUME ?? 100_000);
/** Wall-clock budget for the whole run: about 3x what a loaded 2-core CI machine needs. */
const BUDGET_MS = Number(process.env.NEUROTERM_FUZZ_VOLUME_BUDGET_MS ?? 600_000);
const HANG_MS = 2_000;

const smallDocument = fc.oneof(
  { weight: 4, arbitrary: fc.array(markdownBlock, { minLength: 1, maxLength: 3 }).map((blocks) => blocks.join('\n\n')) },
  { weight: 1, arbitrary: anyText.map((t) => t.slice(0, 120)) },
);
const edit = fc.tuple(fc.nat(), fc.nat({ max: 8 }), fc.constantFrom('', ' ', 'GBS', 'CIPD', '\n\n', '- ', '`', '**', '🧠'));

test(`${INPUTS.toLocaleString('en-US')} small generated documents: well-formed findings, and incremental equals fresh`, () => {
  const watch = new Stopwatch();
  const started = Date.now();
  let edited = 0;
  fc.assert(
    fc.property(smallDocument, edit, fc.nat({ max: 4 }), (text, [at, length, insert], every5) => {
      const linter = new Linter(terms);
      const findings = watch.time(text, () => linter.lint(text));
      assert.ok(watch.lastMs < HANG_MS, `an input of ${text.length} chars took ${watch.lastMs.toFixed(0)} ms`);
      assertWellFormed(text, findings);
      if (every5 !== 0) return;
      const start = at % (text.length + 1);
      const oldEnd = Math.min(text.length, start + length);
      const next = text.slice(0, start) + insert + text.slice(oldEnd);
      const change = { start, oldEnd, newEnd: start + insert.length };
      assert.deepEqual(linter.lint(next, { change }), new Linter(terms).lint(next), 'incremental equals fresh');
      edited++;
    }),
    { ...params(INPUTS), interruptAfterTimeLimit: BUDGET_MS, markInterruptAsFailure: true },
  );
  console.log(`# property-volume: ${watch.cases} documents in ${((Date.now() - started) / 1000).toFixed(0)} s, ${edited} edited and re-checked; ${watch.summary('lint')}`);
  assert.equal(watch.cases >= INPUTS, true, `ran ${watch.cases} of ${INPUTS}`);
});
