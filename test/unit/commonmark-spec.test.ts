import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { tests as specExamples } from 'commonmark-spec';
import { Linter, type Finding } from '../../src/core/index';
import { terms } from './helpers';
import { assertWellFormed } from './property-arbitraries';
import { HIDDEN, PROSE, inject, regions, type Injection, type RegionKind } from './commonmark-regions';

/**
 * Every example of the CommonMark spec (the `commonmark-spec` package), with a medical error
 * injected into each region: code, HTML, link destinations and autolinks must hide it; paragraphs
 * and headings must report it. A re-parse confirms each injection landed where it claims to, and
 * the same text linted as plain text proves the error is there to be found.
 */

/** The spec writes tabs as →. */
const examples = specExamples.map((e) => ({ number: e.number, section: e.section, markdown: e.markdown.replace(/→/g, '\t') }));
const checked = new Map<RegionKind, number>();
const skipped = new Map<RegionKind, number>();
let findingsChecked = 0;
const failures: string[] = [];
const notInjectable: string[] = [];

const lint = (text: string, format: 'markdown' | 'text' = 'markdown'): Finding[] => {
  const findings = new Linter(terms).lint(text, { format });
  assertWellFormed(text, findings);
  findingsChecked += findings.length;
  return findings;
};
const overlapping = (findings: Finding[], at: Injection) => findings.filter((f) => f.offset < at.end && f.endOffset > at.start);
const count = (map: Map<RegionKind, number>, kind: RegionKind) => map.set(kind, (map.get(kind) ?? 0) + 1);

/** The same injection with Windows line ends, which VS Code keeps as they are. */
function crlf(at: Injection): Injection {
  const shift = (offset: number) => offset + (at.text.slice(0, offset).match(/\n/g)?.length ?? 0);
  return { ...at, text: at.text.replace(/\n/g, '\r\n'), start: shift(at.start), end: shift(at.end) };
}

function checkExample(number: number, markdown: string): void {
  lint(markdown);
  for (const region of regions(markdown)) {
    const found = inject(markdown, region);
    if (found.length === 0) {
      count(skipped, region.kind);
      notInjectable.push(`${number} ${region.kind}`);
      continue;
    }
    for (const injection of found) {
      checkInjection(number, injection);
      checkInjection(number, crlf(injection));
      count(checked, region.kind);
    }
  }
}

function checkInjection(number: number, injection: Injection): void {
  const where = `example ${number}, ${injection.kind}: ${JSON.stringify(injection.text)}`;
  const reported = overlapping(lint(injection.text), injection);
  if ((HIDDEN as readonly string[]).includes(injection.kind)) {
    if (reported.length > 0) failures.push(`reported inside a ${where}: ${reported.map((f) => f.ruleId).join(', ')}`);
    if (overlapping(lint(injection.text, 'text'), injection).length === 0) failures.push(`plain text misses the injected error: ${where}`);
  } else if (!reported.some((f) => f.ruleId === 'anatomy-misclassification' && f.severity === 'error')) {
    failures.push(`not reported in a ${where}`);
  }
}

test('a medical error in code, HTML, link destinations or autolinks is never reported, in paragraphs and headings always', () => {
  assert.ok(examples.length >= 600, `the spec has its examples (${examples.length})`);
  for (const { number, markdown } of examples) checkExample(number, markdown);
  assert.deepEqual(failures, []);
  // Not vacuous: every kind of region was injected into many times.
  for (const kind of [...HIDDEN, ...PROSE]) assert.ok((checked.get(kind) ?? 0) >= 15, `${kind}: only ${checked.get(kind) ?? 0} regions checked`);
});

after(() => {
  const figures = [...HIDDEN, ...PROSE].map((k) => `${k} ${checked.get(k) ?? 0}${skipped.get(k) ? ` (${skipped.get(k)} not injectable)` : ''}`);
  console.log(`# commonmark-spec: ${examples.length} examples; injections checked (each also with CRLF line ends): ${figures.join(', ')}; ${findingsChecked} findings in bounds`);
  console.log(`# commonmark-spec: no insertion stays in these regions: ${notInjectable.join(', ')}`);
});
