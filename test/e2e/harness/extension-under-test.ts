// Which NeuroTerm the suites load: the packaged .vsix (what users install, and what CI tests), or the
// working tree as a development extension when NEUROTERM_E2E_DEV=1.
import { startCodeServer, type CodeServer } from './code-server';
import { DEV_MODE, ROOT, vsixPath } from './paths';

export interface Session {
  server: CodeServer;
  /** The folder VS Code loads NeuroTerm from. */
  extensionPath: string;
  /** Workbench URL for `folder`, optionally running the extension-host suite at `testsPath`. */
  url(folder: string, testsPath?: string): string;
}

export async function startSession(settings?: Record<string, unknown>): Promise<Session> {
  const server = await startCodeServer({ vsix: DEV_MODE ? undefined : vsixPath(), settings });
  const extensionPath = DEV_MODE ? ROOT : server.installedExtension;
  if (!extensionPath) {
    await server.stop();
    throw new Error(`code-server did not install ${vsixPath()}`);
  }
  return {
    server,
    extensionPath,
    // An installed extension loads by itself; the test runner needs it as the development extension too,
    // which makes the installed copy the one under test.
    url: (folder, testsPath) =>
      server.workbenchUrl(folder, DEV_MODE || testsPath ? { developmentPath: extensionPath, testsPath } : {}),
  };
}
