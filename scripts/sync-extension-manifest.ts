/**
 * Writes the generated parts of the extension manifest: package.json `contributes` (commands,
 * settings with the `neuroterm.rules` schema from the rule registry, jsonValidation, grammars)
 * and the README settings table. Run after adding a rule, setting or command:
 * `npm run sync:manifest`. test/unit/extension-manifest.test.ts fails when either is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { README_TABLE_END, README_TABLE_START, contributes, settingsTable } from '../src/extension/manifest';

const root = join(import.meta.dirname, '..');
const pkgPath = join(root, 'package.json');
const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as Record<string, unknown>;
pkg.contributes = contributes();
writeFileSync(pkgPath, JSON.stringify(pkg, null, 2) + '\n');

const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const start = readme.indexOf(README_TABLE_START);
const end = readme.indexOf(README_TABLE_END);
if (start < 0 || end < start) {
  console.error(`README.md has no settings table markers; add:\n${README_TABLE_START}\n${README_TABLE_END}`);
  process.exitCode = 1;
} else {
  const table = settingsTable(contributes().configuration as Record<string, unknown>);
  writeFileSync(readmePath, `${readme.slice(0, start + README_TABLE_START.length)}\n${table}\n${readme.slice(end)}`);
  console.log('package.json contributes and the README settings table are current');
}
