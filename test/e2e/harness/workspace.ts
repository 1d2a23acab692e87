// A fresh workspace folder per run, so that tests which edit files (quick fixes, settings) never touch
// the checkout: test/e2e/fixtures/workspace plus the project's examples/.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXAMPLES, FIXTURE_WORKSPACE } from './paths';

export interface Workspace {
  dir: string;
  remove(): void;
}

export function makeWorkspace(): Workspace {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'neuroterm-ws-'));
  fs.cpSync(FIXTURE_WORKSPACE, dir, { recursive: true });
  if (fs.existsSync(EXAMPLES)) fs.cpSync(EXAMPLES, path.join(dir, 'examples'), { recursive: true });
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
