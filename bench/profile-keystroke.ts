/**
 * Profiling aid: `BENCH_MINIFY=0 PROFILE=out.cpuprofile node --import tsx bench/profile-keystroke.ts` types 160
 * keystrokes into the 1 MB document in process, as the language server re-checks them (text in pieces, edited range
 * given, `lintChunks`, then `editorChunks`), and writes a CPU profile of the keystrokes only, not of the opening check.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import bundled from '../src/generated/terminology.json';
import type { PackedTerminology } from '../src/core/index';
import { core } from './core';
import { generateCorpus, prng } from './corpus';
import { typingSpot } from './editor';
import { PieceText } from '../src/server/piece-text';
import { percentile } from './stats';

const session = new Session();
const post = (method: string, params: object = {}) =>
  new Promise<unknown>((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));

async function main(): Promise<void> {
  const terms = new core.TermIndex(core.unpackTerminology(bundled as PackedTerminology));
  const linter = new core.Linter(terms);
  // Kept in pieces as the language server keeps an open document: a keystroke never flattens 1 MB.
  let plain = generateCorpus(1_000_000);
  let text = PieceText.of(plain);
  linter.lintChunks(text);
  const profile = process.env.PROFILE;
  if (profile) {
    session.connect();
    await post('Profiler.enable');
    await post('Profiler.setSamplingInterval', { interval: 200 });
    await post('Profiler.start');
  }
  const rand = prng(3);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let place = 0; place < 40; place++) {
    let at = typingSpot(plain, Math.floor(plain.length * (0.25 + rand() * 0.5)));
    for (const ch of ' new') {
      plain = plain.slice(0, at) + ch + plain.slice(at);
      text = text.edited(at, at, ch);
      const change = { start: at, oldEnd: at, newEnd: at + 1 };
      at++;
      const start = performance.now();
      const cpu = process.cpuUsage();
      const result = linter.lintChunks(text, { change });
      core.editorChunks(result.chunks, { cursorLine: 0 });
      times.push(performance.now() - start);
      const used = process.cpuUsage(cpu);
      cpuTimes.push((used.user + used.system) / 1000);
    }
  }
  if (profile) writeFileSync(profile, JSON.stringify(((await post('Profiler.stop')) as { profile: unknown }).profile));
  const warm = times.slice(8);
  const warmCpu = cpuTimes.slice(8);
  const mean = warmCpu.reduce((a, b) => a + b, 0) / warmCpu.length;
  process.stdout.write(`keystrokes ${warm.length} (after 8 warm-up): wall p50 ${percentile(warm, 50).toFixed(1)} p95 ${percentile(warm, 95).toFixed(1)} ms; CPU p50 ${percentile(warmCpu, 50).toFixed(1)} p95 ${percentile(warmCpu, 95).toFixed(1)} mean ${mean.toFixed(1)} ms\n`);
}

void main();
