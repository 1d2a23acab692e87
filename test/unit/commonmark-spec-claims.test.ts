/**
 * The CommonMark spec examples again, now with a whole medical claim inserted rather than one
 * misspelled word (commonmark-spec.test.ts): the anatomy rule reads sentences across masked text,
 * so this is the path where a code span or HTML block could leak into a finding. Claims go at both
 * ends of every paragraph and heading and into each fenced and indented code block, HTML block, code
 * span, link destination and autolink (a URL cannot hold spaces: there the misspelling "CIPD").
 * Every variant runs with LF and CRLF line ends; a re-parse confirms where each insertion landed, and
 * linting the same text as plain text proves the hidden error is there to be found. Typing the
 * claim in, an incremental re-check must equal a fresh one.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { tests as specExamples } from 'commonmark-spec';
import { Linter, type Finding } from '../../src/core/index';
import { terms } from './helpers';
import { assertWellFormed } from './property-arbitraries';
import { HIDDEN, PROSE, inject, regions, type Injection, type RegionKind } from './commonmark-regions';

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
      checkTyped(number, markdown, injection);
      checkInjection(number, crlf(injection));
      count(checked, region.kind);
    }
  }
}

/** Typing the claim into the example in an editor: the incremental re-check equals a fresh one. */
function checkTyped(number: number, markdown: string, injection: Injection): void {
  const linter = new Linter(terms);
  linter.lint(markdown);
  const change = { start: injection.at, oldEnd: injection.at, newEnd: injection.at + injection.length };
  const typed = linter.lint(injection.text, { change });
  const fresh = new Linter(terms).lint(injection.text);
  if (JSON.stringify(typed) !== JSON.stringify(fresh)) failures.push(`incremental differs from fresh: example ${number}, ${injection.kind}: ${JSON.stringify(injection.text)}`);
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

test('CommonMark spec: a medical claim inserted into code, HTML blocks, destinations or autolinks is never reported, at either end of a paragraph or heading always', () => {
  assert.ok(examples.length >= 600, `the spec has its examples (${examples.length})`);
  for (const { number, markdown } of examples) checkExample(number, markdown);
  assert.deepEqual(failures, []);
  // Not vacuous: every kind of region was injected into many times.
  for (const kind of [...HIDDEN, ...PROSE]) assert.ok((checked.get(kind) ?? 0) >= 15, `${kind}: only ${checked.get(kind) ?? 0} regions checked`);
});

after(() => {
  const figures = [...HIDDEN, ...PROSE].map((k) => `${k} ${checked.get(k) ?? 0}${skipped.get(k) ? ` (${skipped.get(k)} not injectable)` : ''}`);
  console.log(`# commonmark-spec-claims: ${examples.length} examples; injections checked (each also with CRLF line ends): ${figures.join(', ')}; ${findingsChecked} findings in bounds`);
  console.log(`# commonmark-spec-claims: no insertion stays in these regions: ${notInjectable.join(', ')}`);
});
