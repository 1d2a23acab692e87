import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_KEYS } from '../../src/core/index';
import { COMMANDS, EXTENSION_ID, FIX_ALL_KIND, SETTING_DEFAULTS, SETTING_NAMES, settingKey } from '../../src/extension/contract';
import { README_RULES_END, README_RULES_START, README_TABLE_END, README_TABLE_START, contributes, rulesTable, settingsTable } from '../../src/extension/manifest';

const root = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const STALE = 'stale: run `npm run sync:manifest` to regenerate package.json contributes and the README settings table';

test('package.json contributes is exactly what the contract and the rule registry generate', () => {
  assert.deepEqual(pkg.contributes, contributes(), STALE);
});

test('every command and setting of the contract is declared, and nothing else', () => {
  const commands = pkg.contributes.commands.map((c: { command: string }) => c.command).sort();
  assert.deepEqual(commands, Object.values(COMMANDS).sort());
  for (const c of pkg.contributes.commands) assert.equal(c.category, 'NeuroTerm');
  const settings = Object.keys(pkg.contributes.configuration.properties).sort();
  assert.deepEqual(settings, SETTING_NAMES.map(settingKey).sort());
  for (const name of SETTING_NAMES) {
    assert.deepEqual(pkg.contributes.configuration.properties[settingKey(name)].default, SETTING_DEFAULTS[name], name);
  }
});

test('the neuroterm.rules schema accepts every rule id and category of the registry', () => {
  const rules = pkg.contributes.configuration.properties['neuroterm.rules'];
  assert.equal(rules.additionalProperties, false);
  assert.deepEqual(Object.keys(rules.properties).sort(), [...RULE_KEYS].sort(), STALE);
  for (const value of Object.values(rules.properties) as Array<{ enum: string[] }>) {
    assert.deepEqual([...value.enum].sort(), ['error', 'hint', 'info', 'off', 'warning']);
  }
});

test('the README settings table is generated from the manifest', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const start = readme.indexOf(README_TABLE_START);
  const end = readme.indexOf(README_TABLE_END);
  assert.ok(start >= 0 && end > start, 'README.md lacks the settings table markers');
  const table = readme.slice(start + README_TABLE_START.length, end).trim();
  assert.equal(table, settingsTable(pkg.contributes.configuration), STALE);
});

test('the README rules table is generated from the rule registry', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const start = readme.indexOf(README_RULES_START);
  const end = readme.indexOf(README_RULES_END);
  assert.ok(start >= 0 && end > start, 'README.md lacks the rules table markers');
  assert.equal(readme.slice(start + README_RULES_START.length, end).trim(), rulesTable(), STALE);
});

test('activation is lazy: the default languages, never "*" or onStartupFinished', () => {
  const events: string[] = pkg.activationEvents;
  assert.deepEqual(events.sort(), SETTING_DEFAULTS.languages.map((l) => `onLanguage:${l}`).sort());
});

test('the manifest targets VS Code 1.100 (code-server 4.100) with matching types and both bundles', () => {
  assert.equal(pkg.engines.vscode, '^1.100.0');
  assert.equal(pkg.devDependencies['@types/vscode'], '1.100.0');
  assert.equal(pkg.main, './dist/extension.js');
  assert.equal(pkg.browser, './dist/web/extension.js');
  assert.deepEqual(pkg.categories, ['Linters']);
  assert.equal(pkg.capabilities.untrustedWorkspaces.supported, true);
  assert.ok(['limited', true].includes(pkg.capabilities.virtualWorkspaces.supported));
  assert.ok(FIX_ALL_KIND.startsWith('source.fixAll.'));
  assert.equal(EXTENSION_ID, `${pkg.publisher}.${pkg.name}`);
});

test('the icon is a 128x128 PNG and the grammar file exists', () => {
  const png = readFileSync(join(root, pkg.icon));
  assert.equal(png.subarray(1, 4).toString('ascii'), 'PNG');
  assert.equal(png.readUInt32BE(16), 128);
  assert.equal(png.readUInt32BE(20), 128);
  for (const grammar of pkg.contributes.grammars) assert.ok(existsSync(join(root, grammar.path)), grammar.path);
});

test('.vscodeignore is an allowlist that ships the bundles, schemas and grammar only', () => {
  const lines = readFileSync(join(root, '.vscodeignore'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  assert.equal(lines[0], '**', 'first line excludes everything');
  for (const needed of ['!dist/extension.js', '!dist/web/extension.js', '!package.json', '!README.md', `!${pkg.icon}`]) {
    assert.ok(lines.includes(needed), needed);
  }
  assert.ok(!lines.some((l) => /node_modules|\.map|src\//.test(l)), 'no sources, maps or node_modules');
});

test('only adapter files import vscode; the contract, manifest and report HTML stay plain', () => {
  const dir = join(root, 'src', 'extension');
  for (const file of ['contract.ts', 'manifest.ts', 'report-html.ts']) {
    assert.doesNotMatch(readFileSync(join(dir, file), 'utf8'), /from 'vscode'/, file);
  }
  for (const file of readdirSync(dir)) {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n').length;
    assert.ok(lines <= 200, `${file} has ${lines} lines`);
  }
});

test('the browser bundle runs in a web worker: no DOM and no Node built-ins', () => {
  const bundle = join(root, 'dist', 'web', 'extension.js');
  assert.ok(existsSync(bundle), 'npm run build writes dist/web/extension.js');
  const code = readFileSync(bundle, 'utf8');
  assert.doesNotMatch(code, /\bdocument\.createElement\b/);
  const required = [...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
  assert.deepEqual([...new Set(required)], ['vscode']);
});
