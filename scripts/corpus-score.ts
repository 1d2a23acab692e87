/**
 * Scores linter findings against the labelled corpus in test/corpus/: each `<name>.md` has a
 * sidecar `<name>.expected.json` written from the rule specification and the reference facts,
 * not from what the rules print. Used by `npm run eval` and by test/unit/corpus.test.ts.
 *
 * Matching: a finding and an expectation match when the category (and the rule id, if the label
 * names one) is the same and their spans overlap. Each finding can satisfy at most one
 * expectation (so one document-wide finding cannot satisfy every label), but a second finding on
 * an already-satisfied label is not counted as a false positive.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORIES, LineIndex, type Finding, type LintSettings, type Severity } from '../src/core/index';
import { termSpans, type TermLabel } from './term-recall';

/** One finding a senior medical editor would ask for. `line` is 1-based. */
export interface Expectation {
  category: string;
  ruleId?: string;
  line: number;
  /** The flagged words, found on `line`; omit only with `endLine` (whole lines). */
  text?: string;
  endLine?: number;
  /** The severity the spec asks for (a patient quote gets a hint...); checked but not scored. */
  severity?: Severity;
  note: string;
}

/** Correct text that must stay unflagged; `category` narrows the check to one category. */
export interface Trap {
  line: number;
  text: string;
  endLine?: number;
  category?: string;
  why: string;
}

/** A region where a category is not scored either way (e.g. a grade level on which the formulas disagree). */
export interface Unscored {
  category: string;
  line: number;
  endLine: number;
  why: string;
}

export interface Sidecar {
  title: string;
  kind: string;
  settings?: Partial<LintSettings>;
  expected: Expectation[];
  traps: Trap[];
  unscored?: Unscored[];
  /** Optional: every medical term an editor marks, for term recall (scripts/term-recall.ts). */
  terms?: TermLabel[];
}

export interface CorpusCase {
  name: string;
  text: string;
  sidecar: Sidecar;
}

interface Span {
  start: number;
  end: number;
}

export interface CaseResult {
  name: string;
  findings: Finding[];
  /** Per finding: true when it overlaps a label of its category. */
  correct: boolean[];
  /** Per expectation: the finding that satisfies it, or null. */
  hits: Array<Finding | null>;
  /**
   * The same two with the claim categories pooled: a claim finding is right when it overlaps a claim label of
   * any claim category ("reverses nerve damage" labelled absolute-claim, reported by treatment-claim); other
   * categories as above. A second view for the "claims" row, beside the strict one.
   */
  pooledCorrect: boolean[];
  pooledHits: boolean[];
  trapViolations: Array<{ trap: Trap; finding: Finding }>;
  severityMismatches: Array<{ expectation: Expectation; finding: Finding }>;
}

/** Reads every article and sidecar; throws with the file and label named when a label is malformed. */
export function loadCorpus(dir: string): CorpusCase[] {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort();
  return names.map((file) => {
    const name = file.slice(0, -3);
    const text = readFileSync(join(dir, file), 'utf8');
    const sidecar = readSidecar(join(dir, `${name}.expected.json`));
    const lines = new LineIndex(text);
    sidecar.expected.forEach((e, i) => {
      if (!(CATEGORIES as readonly string[]).includes(e.category)) {
        throw new Error(`${name}.expected.json#/expected/${i}: unknown category "${e.category}"`);
      }
      spanOf(text, lines, e, `${name}.expected.json#/expected/${i}`);
    });
    sidecar.traps.forEach((t, i) => spanOf(text, lines, t, `${name}.expected.json#/traps/${i}`));
    sidecar.unscored?.forEach((u, i) => spanOf(text, lines, u, `${name}.expected.json#/unscored/${i}`));
    termSpans(name, text, sidecar.terms ?? []);
    return { name, text, sidecar };
  });
}

function readSidecar(path: string): Sidecar {
  let data: Partial<Sidecar>;
  try {
    data = JSON.parse(readFileSync(path, 'utf8')) as Partial<Sidecar>;
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`);
  }
  if (!Array.isArray(data.expected) || !Array.isArray(data.traps)) throw new Error(`${path}: needs "expected" and "traps" arrays`);
  return data as Sidecar;
}

/** The offsets a label covers: its text on its line, or whole lines line..endLine. */
function spanOf(text: string, lines: LineIndex, label: { line: number; text?: string; endLine?: number }, where: string): Span {
  const lineStart = lines.offsetAt({ line: label.line - 1, character: 0 });
  if (label.text === undefined) {
    if (label.endLine === undefined) throw new Error(`${where}: needs "text" or "endLine"`);
    return { start: lineStart, end: lines.offsetAt({ line: label.endLine, character: 0 }) };
  }
  const lineEnd = lines.offsetAt({ line: label.line, character: 0 });
  const at = text.slice(lineStart, lineEnd).indexOf(label.text);
  if (at < 0) throw new Error(`${where}: "${label.text}" is not on line ${label.line}`);
  const start = lineStart + at;
  const end = label.endLine === undefined ? start + label.text.length : lines.offsetAt({ line: label.endLine, character: 0 });
  return { start, end };
}

function overlaps(f: Finding, s: Span): boolean {
  const end = Math.max(f.endOffset, f.offset + 1);
  return f.offset < s.end && end > s.start;
}

function fits(f: Finding, e: Expectation): boolean {
  return f.category === e.category && (e.ruleId === undefined || f.ruleId === e.ruleId);
}

/** The categories a claim verification target is measured over (issue 14): what the text says about conditions and treatments. */
export const CLAIM_CATEGORIES: ReadonlySet<string> = new Set(['anatomy-misclassification', 'treatment-claim', 'absolute-claim', 'numeric-claim']);

/** `fits`, with any claim category standing for any other. */
function fitsPooled(f: Finding, e: Expectation): boolean {
  return fits(f, e) || (CLAIM_CATEGORIES.has(f.category) && CLAIM_CATEGORIES.has(e.category) && e.ruleId === undefined);
}

/** Scores one article's findings against its labels. */
export function scoreCase(c: CorpusCase, all: Finding[]): CaseResult {
  const lines = new LineIndex(c.text);
  const spans = c.sidecar.expected.map((e) => spanOf(c.text, lines, e, c.name));
  const labelled = (f: Finding) => spans.some((s, j) => fits(f, c.sidecar.expected[j]!) && overlaps(f, s));
  const skip = (c.sidecar.unscored ?? []).map((u) => ({ category: u.category, span: spanOf(c.text, lines, u, c.name) }));
  // An unscored region never hides a finding that matches a label.
  const findings = all.filter((f) => labelled(f) || !skip.some((u) => u.category === f.category && overlaps(f, u.span)));
  const candidates = findings.map((f) => spans.flatMap((s, j) => (fits(f, c.sidecar.expected[j]!) && overlaps(f, s) ? [j] : [])));
  const owner = assignOneToOne(candidates, spans.length);
  const hits = owner.map((i) => (i === -1 ? null : findings[i]!));
  const correct = findings.map(labelled);
  const pooledCandidates = findings.map((f) => spans.flatMap((s, j) => (fitsPooled(f, c.sidecar.expected[j]!) && overlaps(f, s) ? [j] : [])));
  const pooledHits = assignOneToOne(pooledCandidates, spans.length).map((i) => i !== -1);
  const pooledCorrect = pooledCandidates.map((js) => js.length > 0);

  const trapViolations: CaseResult['trapViolations'] = [];
  for (const trap of c.sidecar.traps) {
    const span = spanOf(c.text, lines, trap, c.name);
    // A finding "on" a trap lies within the trap's lines; a section-wide finding is scored as a false positive only.
    const within = (f: Finding) => f.range.start.line >= trap.line - 1 && f.range.end.line <= (trap.endLine ?? trap.line) - 1;
    findings.forEach((f, i) => {
      if (!correct[i] && overlaps(f, span) && within(f) && (!trap.category || trap.category === f.category)) trapViolations.push({ trap, finding: f });
    });
  }
  const severityMismatches: CaseResult['severityMismatches'] = [];
  c.sidecar.expected.forEach((e, j) => {
    const hit = hits[j];
    if (hit && e.severity && hit.severity !== e.severity) severityMismatches.push({ expectation: e, finding: hit });
  });
  return { name: c.name, findings, correct, hits, pooledCorrect, pooledHits, trapViolations, severityMismatches };
}

/** Maximum bipartite matching (Kuhn): finding i may satisfy labels candidates[i]. Returns label -> finding or -1. */
function assignOneToOne(candidates: number[][], labels: number): number[] {
  const owner = new Array<number>(labels).fill(-1);
  const tryAssign = (i: number, seen: Set<number>): boolean => {
    for (const j of candidates[i] ?? []) {
      if (seen.has(j)) continue;
      seen.add(j);
      if (owner[j] === -1 || tryAssign(owner[j]!, seen)) {
        owner[j] = i;
        return true;
      }
    }
    return false;
  };
  candidates.forEach((_, i) => tryAssign(i, new Set()));
  return owner;
}
