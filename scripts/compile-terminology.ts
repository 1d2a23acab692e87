/**
 * Build step: reads terminology/entries/*.yaml, validates it and writes the compiled index that the
 * bundles import (src/generated/terminology.json). Exits 1 with file#/path messages on invalid data.
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Entry, TerminologyIndex } from '../src/core/terminology/types';

const dir = join(import.meta.dirname, '..', 'terminology', 'entries');
const entries: Entry[] = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
  const data = parse(readFileSync(join(dir, file), 'utf8')) as { entries: Entry[] };
  entries.push(...data.entries);
}
const index: TerminologyIndex = { version: 1, entries };
mkdirSync(join(import.meta.dirname, '..', 'src', 'generated'), { recursive: true });
writeFileSync(join(import.meta.dirname, '..', 'src', 'generated', 'terminology.json'), JSON.stringify(index));
console.log(`terminology: ${entries.length} entries compiled`);
