/**
 * Growth with document size: full check (every registered rule), term matching alone, NeuroTerm's
 * parse stage alone and `remark-parse` alone on the same text, measured in alternation so load on
 * the machine hits all of them alike; peak memory from a fresh child process per size.
 */
import { execFileSync } from 'node:child_process';
import { buildSync } from 'esbuild';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { TermIndex } from '../src/core/index';
import { core } from './core';
import { generateCorpus } from './corpus';
import { median, time } from './stats';

export interface SizeFigures {
  label: string;
  chars: number;
  findings: number;
  fullMs: number;
  termsMs: number;
  parseMs: number;
  remarkMs: number;
  peakRssMb: number;
  /** Peak RSS minus the RSS before the check (corpus and index already loaded). */
  checkRssMb: number;
}

export const remark = unified().use(remarkParse).freeze();

/** NeuroTerm's parse stage: split into chunks and parse each chunk's Markdown. */
function parseStage(text: string): void {
  for (const chunk of core.chunkMarkdown(text)) if (!chunk.frontMatter) core.extractProse(chunk.text);
}

/** Medians of `runs` alternating rounds of every subject, after one warm-up round. */
export function alternating(subjects: ReadonlyArray<() => unknown>, runs: number): number[] {
  const samples = subjects.map(() => [] as number[]);
  for (let round = -1; round < runs; round++) {
    subjects.forEach((fn, i) => {
      const t = time(fn);
      if (round >= 0) samples[i]!.push(t);
    });
  }
  return samples.map(median);
}

/** `memory-probe.ts` bundled as the release bundles the CLI (see there why), built once per process. */
let probeBundle: string | undefined;
function probeFile(): string {
  if (probeBundle) return probeBundle;
  const outfile = join(tmpdir(), `neuroterm-bench-memory-probe-${process.pid}.js`);
  buildSync({ entryPoints: ['bench/memory-probe.ts'], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'es2022', minify: true, logLevel: 'error' });
  return (probeBundle = outfile);
}

function memoryProbe(bytes: number): { peakRssMb: number; baselineRssMb: number } {
  try {
    const out = execFileSync(process.execPath, ['--expose-gc', probeFile(), String(bytes)], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    return JSON.parse(out) as { peakRssMb: number; baselineRssMb: number };
  } catch {
    return { peakRssMb: Number.NaN, baselineRssMb: Number.NaN };
  }
}

export function measureSize(label: string, bytes: number, terms: TermIndex): SizeFigures {
  const text = generateCorpus(bytes);
  const runs = bytes >= 5_000_000 ? 3 : bytes >= 1_000_000 ? 5 : 15;
  let findings = 0;
  const [fullMs, termsMs, parseMs, remarkMs] = alternating(
    [
      () => (findings = new core.Linter(terms).lint(text).length),
      () => terms.matcher.match(text),
      () => parseStage(text),
      () => remark.parse(text),
    ],
    runs,
  );
  const memory = memoryProbe(bytes);
  return {
    label,
    chars: text.length,
    findings,
    fullMs: fullMs!,
    termsMs: termsMs!,
    parseMs: parseMs!,
    remarkMs: remarkMs!,
    peakRssMb: memory.peakRssMb,
    checkRssMb: memory.peakRssMb - memory.baselineRssMb,
  };
}
