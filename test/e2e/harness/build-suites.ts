// Bundles the extension-host suite twice with the project's esbuild: for the Node extension host
// (mocha stays a require of the project's node_modules) and for the web worker (mocha's browser build inside).
import path from 'node:path';
import * as esbuild from 'esbuild';
import { ROOT, SUITE_DIR } from './paths';

const suite = path.join(ROOT, 'test', 'e2e', 'suite');

export async function buildSuites(): Promise<void> {
  const common: esbuild.BuildOptions = {
    bundle: true,
    format: 'cjs',
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'warning',
    target: 'es2022',
  };
  await Promise.all([
    esbuild.build({
      ...common,
      platform: 'node',
      external: ['vscode', 'mocha'],
      entryPoints: [path.join(suite, 'node-entry.ts')],
      outfile: path.join(SUITE_DIR, 'node', 'suite.js'),
    }),
    esbuild.build({
      ...common,
      platform: 'browser',
      define: { global: 'globalThis', 'process.env.NODE_ENV': '"production"' },
      entryPoints: [path.join(suite, 'web-entry.ts')],
      outfile: path.join(SUITE_DIR, 'web', 'suite.js'),
    }),
  ]);
}
