import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Linter } from '../../src/core/index';
import { terms } from './helpers';
import { HANG_MS, params, Stopwatch, anyText, assertWellFormed, cpuMs, smallDocument } from './property-arbitraries';

/**
 * The high-volume run: at least 100,000 small generated inputs through the whole lint pipeline in
 * every `npm test`, each checked for crashes, hangs and out-of-range positions. Small inputs keep it
 * near a millisecond per case; the other property files go deep on fewer, larger documents.
 */
const RUNS = Number(process.env.NEUROTERM_VOLUME_RUNS ?? 100_000);
/**
 * Wall-clock budget. A machine too slow to finish in it fails the test and says so, rather than
 * quietly checking fewer inputs. About 200 s on a loaded 2-core machine; 600 s keeps all of `npm test` (about 5 minutes without this run) under 20.
 */
const BUDGET_S = Number(process.env.NEUROTERM_VOLUME_BUDGET_S ?? 600);

const watch = new Stopwatch();
const formats = { markdown: 0, text: 0 };
let chars = 0;
let findings = 0;
let wallS = 0;
let cpuS = 0;

const input = fc.tuple(fc.oneof({ weight: 3, arbitrary: smallDocument }, { weight: 1, arbitrary: anyText }), fc.constantFrom('markdown' as const, 'markdown' as const, 'text' as const));

test(`lint keeps every range valid on ${RUNS.toLocaleString('en')} small generated inputs, within ${BUDGET_S} s`, () => {
  const startWall = performance.now();
  const startCpu = cpuMs();
  const details = fc.check(
    fc.property(input, ([text, format]) => {
      const found = watch.time(text, () => new Linter(terms).lint(text, { format }));
      assert.ok(watch.lastMs < HANG_MS, `lint of ${text.length} chars took ${watch.lastMs.toFixed(0)} ms of CPU`);
      assertWellFormed(text, found);
      formats[format]++;
      chars += text.length;
      findings += found.length;
    }),
    { ...params(RUNS), interruptAfterTimeLimit: BUDGET_S * 1000 },
  );
  wallS = (performance.now() - startWall) / 1000;
  cpuS = (cpuMs() - startCpu) / 1000;
  if (details.failed) assert.fail(fc.defaultReportMessage(details));
  assert.ok(!details.interrupted, `only ${details.numRuns} of ${RUNS} inputs ran in the ${BUDGET_S} s budget; raise NEUROTERM_VOLUME_BUDGET_S on a slow machine`);
  assert.equal(details.numRuns, RUNS, 'every generated input ran');
});

after(() =>
  console.log(
    `# property-volume: ${watch.cases} inputs (${formats.markdown} Markdown, ${formats.text} plain text, ${chars} chars, ${findings} findings) ` +
      `in ${wallS.toFixed(1)} s wall, ${cpuS.toFixed(1)} s CPU; ${watch.summary('lint')}`,
  ),
);
