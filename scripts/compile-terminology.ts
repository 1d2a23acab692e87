/**
 * Build step: validates terminology/entries/*.yaml against the schema and the data checks, then writes
 * the compiled index the bundles import (src/generated/terminology.json, generated: do not edit; packed: each
 * source once, see `packTerminology`).
 * `--check` validates without writing (npm run terminology:check). Exits 1, listing every problem as
 * `file#/pointer:line:column entry-id: message`, when the data is invalid.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatProblem, parseTerminologyFile, type TerminologyProblem } from '../src/core/terminology/source-file';
import { readSourceRegistry, validateTerminology } from '../src/core/terminology/validate';
import type { TerminologyIndex } from '../src/core/terminology/types';
import { packTerminology } from '../src/core/terminology/packed';

const root = join(import.meta.dirname, '..');

/** Reads and validates the bundled terminology from `root` (the repository). */
export function loadBundledSources(repo = root): { terminology: TerminologyIndex; problems: TerminologyProblem[] } {
  const read = (path: string) => parseTerminologyFile(relative(repo, path), readFileSync(path, 'utf8'));
  const dir = join(repo, 'terminology', 'entries');
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => read(join(dir, f)));
  const { registry, problems: registryProblems } = readSourceRegistry(read(join(repo, 'terminology', 'sources.yaml')));
  const { terminology, problems } = validateTerminology(files, registry);
  return { terminology, problems: [...registryProblems, ...problems] };
}

function main(): number {
  const check = process.argv.includes('--check');
  const { terminology, problems } = loadBundledSources();
  if (problems.length > 0) {
    for (const p of problems) process.stderr.write(formatProblem(p) + '\n');
    process.stderr.write(`terminology: ${problems.length} problem(s); nothing written\n`);
    return 1;
  }
  if (!check) {
    mkdirSync(join(root, 'src', 'generated'), { recursive: true });
    writeFileSync(join(root, 'src', 'generated', 'terminology.json'), JSON.stringify(packTerminology(terminology)));
  }
  process.stdout.write(`terminology: ${terminology.entries.length} entries ${check ? 'valid' : 'compiled'}\n`);
  return 0;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) process.exitCode = main();
