// `npm run test:e2e`: builds the extension-host suite bundles, then runs the end-to-end suites one after
// the other (they each start their own server, browser or editor) and ends with one `N passed, N failed`.
// Usage: node --import tsx test/e2e/run-all.ts [exthost] [ui] [web] [neovim] [review]   (default: all five)
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { SuiteResult } from './harness/browser';
import { buildSuites } from './harness/build-suites';
import { ROOT } from './harness/paths';
import { runExtensionHostSuite } from './run-exthost';
import { runWebSuite } from './run-web';

/** The UI and Neovim suites are node:test files; the spec reporter ends with `ℹ pass N` and `ℹ fail N` lines. */
function runNodeTestSuite(...parts: string[]): Promise<SuiteResult> {
  return new Promise((resolve) => {
    const file = path.join(ROOT, 'test', 'e2e', ...parts);
    const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', file], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      process.stdout.write(chunk);
    });
    child.on('close', (code) => {
      const count = (name: string) => Number(new RegExp(`^ℹ ${name} (\\d+)$`, 'm').exec(out)?.[1] ?? 0);
      const failed = count('fail') + count('cancelled');
      resolve({ exitCode: code ?? 1, passed: count('pass'), failed: failed === 0 && code !== 0 ? 1 : failed });
    });
  });
}

const SUITES: Record<string, { title: string; run: () => Promise<SuiteResult> }> = {
  exthost: { title: 'extension host (code-server)', run: runExtensionHostSuite },
  ui: { title: 'UI (code-server + Chromium)', run: () => runNodeTestSuite('ui', 'ui.test.ts') },
  web: { title: 'web extension host (test-web)', run: runWebSuite },
  neovim: { title: 'language server in headless Neovim', run: () => runNodeTestSuite('neovim', 'neovim.test.ts') },
  review: { title: 'review page (Chromium)', run: () => runNodeTestSuite('review', 'review.test.ts') },
};

async function main(): Promise<number> {
  const chosen = process.argv.slice(2);
  const unknown = chosen.filter((a) => !(a in SUITES));
  if (unknown.length > 0) {
    console.error(`unknown suite ${unknown.join(', ')}: choose from ${Object.keys(SUITES).join(', ')}`);
    return 2;
  }
  const names = chosen.length > 0 ? chosen : Object.keys(SUITES);
  await buildSuites();
  const rows: string[] = [];
  let passed = 0;
  let failed = 0;
  for (const name of names) {
    const suite = SUITES[name]!;
    console.log(`\n=== e2e: ${suite.title}`);
    const started = Date.now();
    const r = await suite.run().catch((e: unknown): SuiteResult => {
      console.error(`${suite.title} could not run: ${e instanceof Error ? e.message : String(e)}`);
      return { exitCode: 1, passed: 0, failed: 1 };
    });
    passed += r.passed;
    failed += r.failed;
    rows.push(`  ${suite.title.padEnd(32)} ${r.passed} passed, ${r.failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  console.log(`\ne2e summary\n${rows.join('\n')}`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
