/**
 * `npm run eval [-- --json] [-- --dir <folder>]`: lints the labelled corpus in test/corpus/ (or the
 * folder given with `--dir`, such as test/corpus/holdout) with every registered rule
 * and prints precision and recall per category, the false positives and false negatives with their
 * line, trap violations, and PASS/MISS against the targets. Exit code: 0 all targets met,
 * 1 a target missed, 2 the corpus itself is malformed (the message names the file and label).
 */
import { join, resolve } from 'node:path';
import { bundledIndex } from '../src/cli/bundled-terms';
import { CATEGORIES, Linter, findMentions, type Finding } from '../src/core/index';
import { CLAIM_CATEGORIES, loadCorpus, scoreCase, type CaseResult, type CorpusCase } from './corpus-score';
import { recallTerms, tallyTerms, termSpans, type TermTally } from './term-recall';

export const TARGETS = { recall: 0.9, precision: 0.9, trapFindings: 0 };

const corpusDir = join(import.meta.dirname, '..', 'test', 'corpus');

export interface EvalReport {
  table: Tally[];
  falsePositives: Array<{ file: string; line: number; ruleId: string; category: string; actual: string; message: string; context: string }>;
  falseNegatives: Array<{ file: string; line: number; category: string; text: string; note: string; context: string }>;
  trapViolations: Array<{ file: string; line: number; ruleId: string; actual: string; why: string }>;
  severityMismatches: Array<{ file: string; line: number; category: string; expected: string; actual: string }>;
  /** Term recall per kind when sidecars carry `terms` (empty otherwise); not part of the verdicts. */
  terms: TermTally[];
  termMisses: Array<{ file: string; line: number; kind: string; text: string }>;
  verdicts: { recall: boolean; precision: boolean; traps: boolean };
}

/** Lints and scores the whole corpus. Pure apart from reading test/corpus/. */
export function runEval(dir = corpusDir): EvalReport {
  const terms = bundledIndex();
  const cases = loadCorpus(dir);
  const results = cases.map((c) => scoreCase(c, new Linter(terms).lint(c.text, { settings: c.sidecar.settings ?? {} })));
  const out = report(cases, results);
  // The same matcher as `neuroterm terms` on a Markdown file.
  const termCases = cases.map((c) => {
    const labels = c.sidecar.terms ?? [];
    return { c, labels, recalled: recallTerms(termSpans(c.name, c.text, labels), findMentions(c.text, terms, 'markdown')) };
  });
  out.terms = tallyTerms(termCases);
  out.termMisses = termCases.flatMap(({ c, labels, recalled }) =>
    labels.flatMap((l, i) => (recalled[i] ? [] : [{ file: c.name, line: l.line, kind: l.kind, text: l.text }])),
  );
  return out;
}

function lineOf(c: CorpusCase, line: number): string {
  const text = (c.text.split(/\r?\n/)[line - 1] ?? '').trim();
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}

function report(cases: CorpusCase[], results: CaseResult[]): EvalReport {
  const table = tally(cases, results);
  const out: EvalReport = { table, falsePositives: [], falseNegatives: [], trapViolations: [], severityMismatches: [], terms: [], termMisses: [], verdicts: { recall: false, precision: false, traps: false } };
  results.forEach((res, k) => {
    const c = cases[k]!;
    const at = (f: Finding) => f.range.start.line + 1;
    res.findings.forEach((f, i) => {
      if (res.correct[i]) return;
      out.falsePositives.push({ file: c.name, line: at(f), ruleId: f.ruleId, category: f.category, actual: f.actual, message: f.message, context: lineOf(c, at(f)) });
    });
    c.sidecar.expected.forEach((e, j) => {
      if (res.hits[j]) return;
      out.falseNegatives.push({ file: c.name, line: e.line, category: e.category, text: e.text ?? `lines ${e.line}-${e.endLine}`, note: e.note, context: lineOf(c, e.line) });
    });
    for (const { trap, finding } of res.trapViolations) {
      out.trapViolations.push({ file: c.name, line: trap.line, ruleId: finding.ruleId, actual: finding.actual, why: trap.why });
    }
    for (const { expectation, finding } of res.severityMismatches) {
      out.severityMismatches.push({ file: c.name, line: expectation.line, category: expectation.category, expected: expectation.severity ?? '', actual: finding.severity });
    }
  });
  const overall = table.find((r) => r.category === 'overall');
  out.verdicts = {
    recall: (overall?.recall ?? 0) >= TARGETS.recall,
    precision: (overall?.precision ?? 1) >= TARGETS.precision,
    traps: out.trapViolations.length <= TARGETS.trapFindings,
  };
  return out;
}

export interface Tally {
  category: string;
  expected: number;
  found: number;
  findings: number;
  correct: number;
  /** null when there is nothing to divide by. */
  precision: number | null;
  recall: number | null;
}

/**
 * Precision and recall per category (only categories with labels or findings), then the claim categories together
 * ("claims": a finding counts only in its own category; "claims-pooled": a claim finding on a claim label of another
 * claim category counts too), then "overall".
 */
export function tally(cases: CorpusCase[], results: CaseResult[]): Tally[] {
  const rows = new Map<string, Tally>();
  const row = (category: string): Tally => {
    let r = rows.get(category);
    if (!r) rows.set(category, (r = { category, expected: 0, found: 0, findings: 0, correct: 0, precision: null, recall: null }));
    return r;
  };
  // Each label and finding counts in its category, in "claims" when it is one of the claim categories, and in "overall".
  const rowsFor = (category: string): Tally[] => [row(category), ...(CLAIM_CATEGORIES.has(category) ? [row('claims')] : []), row('overall')];
  results.forEach((res, k) => {
    cases[k]!.sidecar.expected.forEach((e, j) => {
      for (const r of rowsFor(e.category)) {
        r.expected++;
        if (res.hits[j]) r.found++;
      }
    });
    res.findings.forEach((f, i) => {
      for (const r of rowsFor(f.category)) {
        r.findings++;
        if (res.correct[i]) r.correct++;
      }
    });
    const pooled = row('claims-pooled');
    cases[k]!.sidecar.expected.forEach((e, j) => {
      if (!CLAIM_CATEGORIES.has(e.category)) return;
      pooled.expected++;
      if (res.pooledHits[j]) pooled.found++;
    });
    res.findings.forEach((f, i) => {
      if (!CLAIM_CATEGORIES.has(f.category)) return;
      pooled.findings++;
      if (res.pooledCorrect[i]) pooled.correct++;
    });
  });
  const ordered = [...CATEGORIES, 'claims', 'claims-pooled', 'overall'].flatMap((c) => (rows.has(c) ? [rows.get(c)!] : []));
  for (const r of ordered) {
    r.precision = r.findings ? r.correct / r.findings : null;
    r.recall = r.expected ? r.found / r.expected : null;
  }
  return ordered;
}

const pct = (n: number | null) => (n === null ? '   -' : n.toFixed(2));

function printText(r: EvalReport): void {
  const lines: string[] = [];
  lines.push(`${'category'.padEnd(26)} ${'labels'.padStart(6)} ${'found'.padStart(6)} ${'recall'.padStart(6)}  ${'findings'.padStart(8)} ${'correct'.padStart(7)} ${'precision'.padStart(9)}`);
  for (const t of r.table) {
    lines.push(`${t.category.padEnd(26)} ${String(t.expected).padStart(6)} ${String(t.found).padStart(6)} ${pct(t.recall).padStart(6)}  ${String(t.findings).padStart(8)} ${String(t.correct).padStart(7)} ${pct(t.precision).padStart(9)}`);
  }
  const section = (title: string, rows: string[]) => {
    lines.push('', `${title} (${rows.length})`);
    for (const row of rows) lines.push(`  ${row}`);
  };
  section('False positives', r.falsePositives.map((f) => `${f.file}:${f.line} ${f.ruleId} "${f.actual}": ${f.message}\n      | ${f.context}`));
  section('False negatives', r.falseNegatives.map((f) => `${f.file}:${f.line} ${f.category} "${f.text}": ${f.note}\n      | ${f.context}`));
  section('Findings on must-not-flag traps', r.trapViolations.map((t) => `${t.file}:${t.line} ${t.ruleId} "${t.actual}" (trap: ${t.why})`));
  section('Severity differs from the spec', r.severityMismatches.map((s) => `${s.file}:${s.line} ${s.category}: expected ${s.expected}, got ${s.actual}`));
  if (r.terms.length > 0) {
    lines.push('', `${'term kind'.padEnd(26)} ${'labels'.padStart(6)} ${'found'.padStart(6)} ${'recall'.padStart(6)}`);
    for (const t of r.terms) lines.push(`${t.kind.padEnd(26)} ${String(t.labels).padStart(6)} ${String(t.recalled).padStart(6)} ${pct(t.recall).padStart(6)}`);
    section('Terms not recognised', r.termMisses.map((m) => `${m.file}:${m.line} ${m.kind} "${m.text}"`));
  }
  const overall = r.table.find((t) => t.category === 'overall');
  const mark = (ok: boolean) => (ok ? 'PASS' : 'MISS');
  lines.push(
    '',
    `${mark(r.verdicts.recall)}  recall ${pct(overall?.recall ?? null)} (target >= ${TARGETS.recall})`,
    `${mark(r.verdicts.precision)}  precision ${pct(overall?.precision ?? null)} (target >= ${TARGETS.precision})`,
    `${mark(r.verdicts.traps)}  ${r.trapViolations.length} findings on traps (target ${TARGETS.trapFindings})`,
  );
  process.stdout.write(lines.join('\n') + '\n');
}

/** The folder after `--dir`, resolved from the working directory; the main corpus without it. */
function dirArg(argv: string[]): string | Error {
  const at = argv.indexOf('--dir');
  if (at === -1) return corpusDir;
  const dir = argv[at + 1];
  return dir && !dir.startsWith('--') ? resolve(dir) : new Error('--dir needs a folder, such as test/corpus/holdout');
}

function main(argv: string[]): number {
  const dir = dirArg(argv);
  if (dir instanceof Error) {
    process.stderr.write(`eval: ${dir.message}\n`);
    return 2;
  }
  let result: EvalReport;
  try {
    result = runEval(dir);
  } catch (error) {
    process.stderr.write(`eval: the corpus is malformed: ${(error as Error).message}\n`);
    return 2;
  }
  if (argv.includes('--json')) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  else printText(result);
  return Object.values(result.verdicts).every(Boolean) ? 0 : 1;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) process.exitCode = main(process.argv.slice(2));
