// `npm run sandbox`: a real VS Code in the browser (code-server on 127.0.0.1, marketplace and telemetry
// off) with the packaged NeuroTerm installed and a copy of examples/ open. Prints the URL; Ctrl+C stops it.
// Options: --port N (default: a free port), --folder PATH (open that folder itself instead of the copy).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startCodeServer } from './harness/code-server';
import { EXAMPLES, requireTools, vsixPath } from './harness/paths';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  requireTools('code-server', 'vsix');
  const port = option('--port') ? Number(option('--port')) : undefined;
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) throw new Error(`--port needs a port number, got ${option('--port')}`);
  const given = option('--folder');
  if (given && !fs.existsSync(given)) throw new Error(`--folder ${given} does not exist`);
  // A copy, so that trying quick fixes never changes the project's own examples.
  const copy = given ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'neuroterm-sandbox-'));
  if (copy) fs.cpSync(EXAMPLES, copy, { recursive: true });
  const folder = path.resolve(given ?? copy!);
  const server = await startCodeServer({ vsix: vsixPath(), port });
  const url = server.workbenchUrl(folder);
  console.log(`NeuroTerm sandbox: VS Code (code-server) with ${path.basename(vsixPath())} installed.`);
  console.log(`Folder: ${folder}${copy ? ' (a copy of examples/)' : ''}`);
  console.log(`Open ${url}`);
  console.log('Press Ctrl+C to stop.');
  const stop = async () => {
    await server.stop();
    if (copy) fs.rmSync(copy, { recursive: true, force: true });
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(`sandbox: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
