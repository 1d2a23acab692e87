/**
 * Writes the generated parts of the extension manifest: package.json `contributes` (commands,
 * settings with the `neuroterm.rules` schema from the rule registry, jsonValidation, grammars)
 * and the README settings and rules tables. Run after adding a rule, setting or command:
 * `npm run sync:manifest`. test/unit/extension-manifest.test.ts fails when either is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { README_RULES_END, README_RULES_START, README_TABLE_END, README_TABLE_START, contributes, rulesTable, settingsTable } from '../src/extension/manifest';

const root = join(import.meta.dirname, '..');
const pkgPath = join(root, 'package.json');
const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as Record<string, unknown>;
pkg.contributes = contributes();
writeFileSync(pkgPath, JSON.stringify(pkg, null, 2) + '\n');

const readmePath = join(root, 'README.md');
let readme = readFileSync(readmePath, 'utf8');
const sections: Array<[string, string, string]> = [
  [README_TABLE_START, README_TABLE_END, settingsTable(contributes().configuration as Record<string, unknown>)],
  [README_RULES_START, README_RULES_END, rulesTable()],
];
for (const [startMarker, endMarker, table] of sections) {
  const start = readme.indexOf(startMarker);
  const end = readme.indexOf(endMarker);
  if (start < 0 || end < start) {
    console.error(`README.md lacks the markers; add:\n${startMarker}\n${endMarker}`);
    process.exitCode = 1;
    continue;
  }
  readme = `${readme.slice(0, start + startMarker.length)}\n${table}\n${readme.slice(end)}`;
}
writeFileSync(readmePath, readme);
if (!process.exitCode) console.log('package.json contributes and the README settings and rules tables are current');
