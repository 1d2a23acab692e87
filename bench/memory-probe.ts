/**
 * Child process of the benchmark: one cold full check of a generated document of `argv[2]`
 * characters, then prints peak memory as JSON. A fresh process per size keeps the figures apart.
 * Run with --expose-gc so the baseline is taken after collection.
 */
import bundled from '../src/generated/terminology.json';
import type { PackedTerminology } from '../src/core/index';
import { core } from './core';
import { generateCorpus } from './corpus';

const bytes = Number(process.argv[2] ?? 1_000_000);
const terms = new core.TermIndex(core.unpackTerminology(bundled as PackedTerminology));
const text = generateCorpus(bytes);
(globalThis as { gc?: () => void }).gc?.();
const baselineRss = process.memoryUsage().rss;
// The check is synchronous, so only the OS high-water mark (maxRSS) sees its true peak.
const findings = new core.Linter(terms).lint(text);
process.stdout.write(
  JSON.stringify({
    bytes: text.length,
    findings: findings.length,
    baselineRssMb: baselineRss / 2 ** 20,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
