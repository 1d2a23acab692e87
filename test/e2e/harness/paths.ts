// Where the end-to-end harness finds the project, its build outputs and the tools that setup.sh installs.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const CACHE = path.join(ROOT, '.cache');

/** Tools; each can be overridden by an environment variable (e.g. to use a system-wide install). */
export const CODE_SERVER = process.env.NEUROTERM_CODE_SERVER ?? path.join(CACHE, 'code-server', 'node_modules', '.bin', 'code-server');
export const CHROMIUM = process.env.NEUROTERM_CHROMIUM ?? '/usr/bin/chromium';
export const TEST_WEB_DIR = process.env.NEUROTERM_TEST_WEB_DIR ?? path.join(CACHE, 'test-web');

/** Workbench logs of the last run (git-ignored). */
export const LOG_DIR = path.join(ROOT, 'test', 'e2e', '.tmp');

/** Bundles of the extension-host suite, built by build-suites.ts. */
export const SUITE_DIR = path.join(ROOT, 'dist', 'e2e');

/** The Markdown files the suites open: test/e2e/fixtures/workspace plus the project's examples/. */
export const FIXTURE_WORKSPACE = path.join(ROOT, 'test', 'e2e', 'fixtures', 'workspace');
export const EXAMPLES = path.join(ROOT, 'examples');

interface Manifest {
  name: string;
  publisher: string;
  version: string;
}

export function manifest(): Manifest {
  return JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
}

/** `publisher.name`, the id VS Code knows the extension by. */
export function extensionId(): string {
  const m = manifest();
  return `${m.publisher}.${m.name}`;
}

/** The file `npm run package` writes. */
export function vsixPath(): string {
  const m = manifest();
  return path.join(ROOT, `${m.name}-${m.version}.vsix`);
}

/**
 * NEUROTERM_E2E_DEV=1 runs the suites against the working tree (dist/ after `npm run build`) as a
 * development extension instead of the packaged .vsix: quicker while iterating. CI tests the .vsix.
 */
export const DEV_MODE = process.env.NEUROTERM_E2E_DEV === '1';

/** Throws one clear message naming what is missing and how to get it, instead of a spawn error later. */
export function requireTools(...which: ('code-server' | 'chromium' | 'test-web' | 'vsix')[]): void {
  const missing: string[] = [];
  if (which.includes('code-server') && !existsSync(CODE_SERVER)) missing.push(`code-server (${CODE_SERVER})`);
  if (which.includes('chromium') && !existsSync(CHROMIUM)) missing.push(`chromium (${CHROMIUM})`);
  if (which.includes('test-web') && !existsSync(path.join(TEST_WEB_DIR, 'node_modules', '@vscode', 'test-web'))) {
    missing.push(`@vscode/test-web (${TEST_WEB_DIR})`);
  }
  if (missing.length > 0) throw new Error(`missing ${missing.join(', ')}: run test/e2e/setup.sh first`);
  if (which.includes('vsix') && !DEV_MODE && !existsSync(vsixPath())) {
    throw new Error(`missing ${path.relative(ROOT, vsixPath())}: run npm run package first`);
  }
}
