/**
 * The core as it ships: bundled and minified by esbuild with the release settings, then loaded
 * with plain `require`. Importing `src/` through tsx instead would time tsx's output (it keeps
 * function names with a helper call per closure), not NeuroTerm's. BENCH_MINIFY=0 keeps names for profiling.
 */
import { buildSync } from 'esbuild';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const outfile = join(tmpdir(), `neuroterm-bench-core-${process.pid}.js`);
buildSync({ entryPoints: ['bench/core-entry.ts'], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'es2022', minify: process.env.BENCH_MINIFY !== '0', logLevel: 'error' });

export const core = require(outfile) as typeof import('./core-entry');
