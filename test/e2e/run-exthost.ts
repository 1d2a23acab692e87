// Extension-host suite in code-server (VS Code 1.100.3, Node extension host) against the packaged .vsix.
// code-server's CLI has no --extensionDevelopmentPath, but its workbench URL takes the same payload that
// @vscode/test-electron passes on the desktop; the workbench reports the run's exit code to the page.
// Usage: node --import tsx test/e2e/run-exthost.ts   (after npm run package; exit code = result)
import path from 'node:path';
import { launchChromium, runSuiteInPage, type SuiteResult } from './harness/browser';
import { startSession } from './harness/extension-under-test';
import { LOG_DIR, requireTools, SUITE_DIR } from './harness/paths';
import { makeWorkspace } from './harness/workspace';

const TIMEOUT_MS = Number(process.env.NEUROTERM_E2E_TIMEOUT_MS ?? 180_000);

export async function runExtensionHostSuite(): Promise<SuiteResult> {
  requireTools('code-server', 'chromium', 'vsix');
  const started = Date.now();
  const workspace = makeWorkspace();
  const session = await startSession();
  const browser = await launchChromium();
  try {
    const url = session.url(workspace.dir, path.join(SUITE_DIR, 'node', 'suite.js'));
    const result = await runSuiteInPage(browser, url, TIMEOUT_MS, path.join(LOG_DIR, 'exthost.log'));
    session.server.saveLogs(LOG_DIR, 'exthost');
    if (result.exitCode !== 0) console.log(`logs: ${path.relative(process.cwd(), LOG_DIR)}/exthost-*.log`);
    console.log(`extension-host suite (code-server): exit ${result.exitCode} after ${Date.now() - started} ms`);
    return result;
  } finally {
    await browser.close();
    await session.server.stop();
    workspace.remove();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  runExtensionHostSuite().then(
    (r) => process.exit(r.exitCode),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
