// The same extension-host suite in desktop VS Code, through @vscode/test-electron. It needs a VS Code:
// NEUROTERM_VSCODE_EXECUTABLE=/path/to/code, or a connected machine where test-electron downloads one
// (into .vscode-test/). It cannot run on the offline CI machines, which use run-exthost.ts instead.
// Usage: npm run test:electron
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { buildSuites } from './harness/build-suites';
import { ROOT, SUITE_DIR } from './harness/paths';
import { makeWorkspace } from './harness/workspace';

async function main(): Promise<number> {
  await buildSuites();
  const workspace = makeWorkspace();
  try {
    return await runTests({
      vscodeExecutablePath: process.env.NEUROTERM_VSCODE_EXECUTABLE,
      // The working tree after `npm run package` holds the same bundles as the .vsix.
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(SUITE_DIR, 'node', 'suite.js'),
      extensionTestsEnv: { NEUROTERM_E2E_PLAIN: '1' },
      launchArgs: [workspace.dir, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome'],
    });
  } finally {
    workspace.remove();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`desktop VS Code tests could not run: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
