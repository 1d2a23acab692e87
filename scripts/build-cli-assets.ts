/**
 * Build step for assets generated from the core: the rule documentation pages bundled into the
 * CLI (src/generated/rule-docs.json, so `neuroterm explain` works from dist alone) and the config
 * file's JSON Schema (dist/schemas/config.schema.json, bound by the extension's jsonValidation).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { configSchema } from '../src/core/config-fields';
import { RULES } from '../src/core/rules/index';

const root = join(import.meta.dirname, '..');
const docs: Record<string, string> = {};
for (const rule of RULES) {
  const page = join(root, 'docs', 'rules', `${rule.id}.md`);
  if (existsSync(page)) docs[rule.id] = readFileSync(page, 'utf8');
}
mkdirSync(join(root, 'src', 'generated'), { recursive: true });
writeFileSync(join(root, 'src', 'generated', 'rule-docs.json'), JSON.stringify(docs));

mkdirSync(join(root, 'dist', 'schemas'), { recursive: true });
writeFileSync(join(root, 'dist', 'schemas', 'config.schema.json'), JSON.stringify(configSchema(), null, 2) + '\n');
console.log(`cli assets: ${Object.keys(docs).length} rule pages bundled, config schema written`);
