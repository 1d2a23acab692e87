/** Shipped artefacts: bundle sizes, the packaged `.vsix`, and extension activation time. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from './stats';

export interface ArtifactFigures {
  bundles: Array<{ file: string; kb: number }>;
  vsixKb: number | undefined;
  vsixNote?: string;
  activation?: { loadMs: number; activateMs: number; loadCpuMs: number; activateCpuMs: number; runs: number; error?: string };
}

/** Every shipped JavaScript bundle under dist/ (source maps and test bundles excluded). */
export function shippedBundles(dir = 'dist'): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'e2e' && name !== 'test') out.push(...shippedBundles(path));
    } else if (name.endsWith('.js')) out.push(path);
  }
  return out;
}

function packageVsix(): { kb?: number; note?: string } {
  const out = join(mkdtempSync(join(tmpdir(), 'neuroterm-bench-')), 'neuroterm.vsix');
  try {
    // `npm run package` as a release makes it: production (minified) bundles, then vsce. Activation below then
    // loads the same production bundle that ships.
    execFileSync('npm', ['run', '-s', 'package', '--', '--out', out, '--skip-license'], { stdio: 'pipe', timeout: 300_000 });
    return { kb: statSync(out).size / 1024 };
  } catch (error) {
    const text = String((error as { stderr?: Buffer }).stderr ?? error);
    return { note: text.split('\n').find((l) => /error/i.test(l))?.slice(0, 160) ?? 'vsce package failed' };
  }
}

function activation(runs: number): ArtifactFigures['activation'] {
  if (!existsSync('dist/extension.js')) return undefined;
  const samples: Array<{ loadMs: number; activateMs: number; loadCpuMs: number; activateCpuMs: number; error?: string }> = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(process.execPath, ['bench/activation-probe.cjs', 'dist/extension.js'], { encoding: 'utf8' });
    samples.push(JSON.parse(out));
  }
  const pick = (k: 'loadMs' | 'activateMs' | 'loadCpuMs' | 'activateCpuMs') => median(samples.map((s) => s[k] ?? Number.NaN));
  const error = samples.find((s) => s.error)?.error;
  return { loadMs: pick('loadMs'), activateMs: pick('activateMs'), loadCpuMs: pick('loadCpuMs'), activateCpuMs: pick('activateCpuMs'), runs, ...(error ? { error } : {}) };
}

/** With `withVsix`, every figure is of the release build that `npm run package` leaves in dist/. */
export function measureArtifacts(withVsix: boolean): ArtifactFigures {
  const vsix = withVsix ? packageVsix() : { note: 'skipped (--no-vsix)' };
  const bundles = shippedBundles().map((file) => ({ file, kb: statSync(file).size / 1024 }));
  return { bundles, vsixKb: vsix.kb, ...(vsix.note ? { vsixNote: vsix.note } : {}), activation: activation(7) };
}
