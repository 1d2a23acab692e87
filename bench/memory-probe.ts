/**
 * Child process of the benchmark: one cold full check of a generated document of `argv[2]`
 * characters, then prints peak memory as JSON. A fresh process per size keeps the figures apart.
 *
 * It measures the process a user runs: `scale.ts` bundles this file with the release settings (the
 * core, the corpus and the terminology JSON inlined, as the CLI bundle carries it) and runs the bundle
 * with plain `node`. Run through tsx, the figure held tsx's own loader and transform cache (about
 * 35 MB) that no shipped process loads. The packed terminology stays referenced for the whole run, as
 * the CLI and the language server keep it beside the unpacked index.
 * Run with --expose-gc so the baseline is taken after collection.
 */
import bundled from '../src/generated/terminology.json';
import * as core from './core-entry';
import type { PackedTerminology } from '../src/core/index';
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
    // Read after the check, so the packed terminology is alive through it as in the CLI and the server.
    terminologyVersion: (bundled as PackedTerminology).version,
    baselineRssMb: baselineRss / 2 ** 20,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
