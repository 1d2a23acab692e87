/** `node --import tsx bench/editor-quick.ts`: only the in-process editor paths of the bench (for profiling). */
import bundled from '../src/generated/terminology.json';
import type { PackedTerminology } from '../src/core/index';
import { core } from './core';
import { generateCorpus } from './corpus';
import { measureEditor } from './editor';
import { fmt } from './report';

const e = measureEditor(generateCorpus(1_000_000), new core.TermIndex(core.unpackTerminology(bundled as PackedTerminology)));
process.stdout.write(`keystroke p50 ${fmt(e.keystroke.p50)} p95 ${fmt(e.keystroke.p95)} max ${fmt(e.keystroke.max)}; without the edit p95 ${fmt(e.keystrokeNoHint.p95)}; paste p95 ${fmt(e.paste.p95)}; hover p95 ${fmt(e.hover.p95)} µs; completion p95 ${fmt(e.completion.p95)} µs\n`);
