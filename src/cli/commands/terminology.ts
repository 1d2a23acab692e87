import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatProblem, loadUserTerminology, type Entry, type TerminologyIndex } from '../../core/index';
import { oneOf, parseCommandArgs } from '../args';
import { bundledTerminology } from '../bundled-terms';
import { UsageError, type CliIo } from '../io';

export const USAGE = `neuroterm terminology [--format table|json] [--terminology FILE]...
  the compiled terminology database, optionally merged with user terminology files`;

/** Fields every entry carries in the JSON output, in this order; the rest of the entry follows. */
const LEADING_FIELDS = ['id', 'preferred', 'kind', 'site', 'synonyms', 'lay', 'plain', 'abbreviations', 'misspellings', 'outdated', 'codes', 'relations', 'sources', 'reviewed'] as const;

/** One entry for `terminology --format json`: the leading fields always present (lists may be empty). */
export function jsonEntry(entry: Entry): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: entry.id,
    preferred: entry.preferred,
    kind: entry.kind,
    site: entry.site,
    synonyms: entry.synonyms ?? [],
    lay: entry.lay ?? [],
    ...(entry.plain ? { plain: entry.plain } : {}),
    abbreviations: entry.abbreviations ?? [],
    misspellings: entry.misspellings ?? [],
    outdated: entry.outdated ?? [],
    codes: entry.codes ?? {},
    relations: entry.relations ?? {},
    sources: entry.sources,
    reviewed: entry.reviewed,
  };
  for (const [key, value] of Object.entries(entry)) if (!(LEADING_FIELDS as readonly string[]).includes(key)) out[key] = value;
  return out;
}

/** `{"version":1,"entries":[...]}`: the public JSON contract of this command. Hidden entries are left out. */
export function terminologyJson(terminology: TerminologyIndex): string {
  return JSON.stringify({ version: 1, entries: terminology.entries.filter((e) => !e.hidden).map(jsonEntry) }) + '\n';
}

function readUserFile(path: string, io: CliIo): { path: string; text: string } {
  try {
    return { path, text: readFileSync(resolve(io.cwd, path), 'utf8') };
  } catch (error) {
    throw new UsageError(`cannot read terminology ${path}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
}

/** `neuroterm terminology`: exit 0; 2 on a usage error, an unreadable file or a broken user file. */
export function run(args: string[], io: CliIo): number {
  const { values } = parseCommandArgs<{ format?: string; terminology?: string[] }>('terminology', args, {
    format: { type: 'string' },
    terminology: { type: 'string', multiple: true },
  });
  const format = oneOf('format', values.format, ['table', 'json'] as const, 'table');
  const userFiles = (values.terminology ?? []).map((p) => readUserFile(p, io));
  const { terminology, problems } = loadUserTerminology(userFiles, bundledTerminology());
  for (const p of problems) io.err(`${formatProblem(p)}\n`);
  if (format === 'json') {
    io.out(terminologyJson(terminology));
  } else {
    const visible = terminology.entries.filter((e) => !e.hidden);
    const width = visible.reduce((w, e) => Math.max(w, e.id.length), 0);
    for (const e of visible) io.out(`${e.id.padEnd(width)}  ${e.kind.padEnd(9)}  ${e.preferred}\n`);
    io.out(`${visible.length} entries\n`);
  }
  return problems.length > 0 ? 2 : 0;
}
