/**
 * `node --import tsx bench/full-quick.ts [runs]`: only the 1 MB full check and `remark-parse` alone on the same
 * text, alternating as `bench/scale.ts` times them (a fresh Linter per check, medians on the bench clock). For
 * quick before/after comparisons and profiling: `BENCH_MINIFY=0 node --cpu-prof --import tsx bench/full-quick.ts`.
 */
import bundled from '../src/generated/terminology.json';
import type { PackedTerminology } from '../src/core/index';
import { core } from './core';
import { generateCorpus } from './corpus';
import { fmt } from './report';
import { alternating, remark } from './scale';

const runs = Number(process.argv[2] ?? 15);
const terms = new core.TermIndex(core.unpackTerminology(bundled as PackedTerminology));
const text = generateCorpus(1_000_000);
let findings = 0;
const [full, parse] = alternating([() => (findings = new core.Linter(terms).lint(text).length), () => remark.parse(text)], runs);
process.stdout.write(`1 MB, ${runs} runs: full ${fmt(full!)} ms (${findings} findings), remark-parse ${fmt(parse!)} ms, ratio ${fmt(full! / parse!, 2)}x\n`);
