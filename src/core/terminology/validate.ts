import { checkEvidence } from './evidence';
import { checkEntry, checkForms, checkRelations, formSites, type EntryReport, type FormSite } from './checks';
import { checkShape, ENTRY_SPEC, type Spec } from './shape';
import { toPointer, type ParsedFile, type TerminologyProblem } from './source-file';
import type { Entry, Source, TerminologyIndex } from './types';

/** Citations shared by entries: `sources: [aan2003-gbs]` in an entry refers to a key here. */
export type SourceRegistry = Readonly<Record<string, { title: string; url?: string; note?: string; guideline?: boolean }>>;

/** An entry together with where it was written. */
export interface LocatedEntry {
  file: ParsedFile;
  index: number;
  entry: Entry;
}

const LIST_SPEC: Spec = { type: 'object', properties: { entries: { type: 'array', items: { type: 'object', properties: {} } } }, required: ['entries'] };

/**
 * Reads the raw `entries` list of a parsed file: the list itself must exist, and each item is
 * returned with its index so callers can check it alone. Problems go to `problems`.
 */
export function rawEntries(file: ParsedFile, problems: TerminologyProblem[]): Array<{ index: number; raw: Record<string, unknown> }> {
  if (file.data === undefined) return [];
  const top = checkShape(file.data, LIST_SPEC).filter((p) => p.path.length < 2);
  if (top.length > 0) {
    const message = 'expected a mapping with an "entries:" list of entries';
    problems.push({ path: file.path, pointer: '#', ...file.locate([]), message });
    return [];
  }
  const list = (file.data as { entries: unknown[] }).entries;
  const out: Array<{ index: number; raw: Record<string, unknown> }> = [];
  list.forEach((raw, index) => {
    if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) out.push({ index, raw: raw as Record<string, unknown> });
    else problems.push({ path: file.path, pointer: toPointer(['entries', index]), ...file.locate(['entries', index]), message: 'an entry must be a mapping' });
  });
  return out;
}

/** Turns shape problems of entry `index` into located problems. */
export function shapeProblems(file: ParsedFile, index: number, raw: Record<string, unknown>, spec: Spec): TerminologyProblem[] {
  const entryId = typeof raw.id === 'string' ? raw.id : undefined;
  return checkShape(raw, spec, ['entries', index]).map((p) => ({
    path: file.path,
    pointer: toPointer(p.path),
    ...file.locate(p.path),
    ...(entryId ? { entryId } : {}),
    message: p.message,
  }));
}

/** Replaces source ids by the registry's citations; unknown ids are reported and dropped. */
export function resolveSources(raw: Record<string, unknown>, registry: SourceRegistry, onUnknown: (i: number, id: string) => void): Source[] {
  const list = Array.isArray(raw.sources) ? (raw.sources as Array<string | Source>) : [];
  const out: Source[] = [];
  list.forEach((s, i) => {
    if (typeof s !== 'string') return void out.push(s);
    const cited = registry[s];
    if (cited) out.push({ id: s, title: cited.title, ...(cited.url ? { url: cited.url } : {}), ...(cited.guideline ? { guideline: true } : {}) });
    else onUnknown(i, s);
  });
  return out;
}

/** A report function that locates entry-relative paths in the entry's file. */
export function locatedReport(where: ReadonlyMap<Entry, LocatedEntry>, problems: TerminologyProblem[]): EntryReport {
  return (entry, path, message) => {
    const at = where.get(entry);
    const full = at ? ['entries', at.index, ...path] : path;
    problems.push({
      path: at?.file.path ?? '(unknown file)',
      pointer: toPointer(full),
      ...(at ? at.file.locate(full) : { line: 1, column: 1 }),
      entryId: entry.id,
      message,
    });
  };
}

/** "gbs-spectrum.yaml#/entries/0/abbreviations/0/abbr" for messages that point at another entry. */
export function siteName(where: ReadonlyMap<Entry, LocatedEntry>): (s: FormSite) => string {
  return (s) => {
    const at = where.get(s.entry);
    return at ? `${at.file.path}${toPointer(['entries', at.index, ...s.path])}` : s.entry.id;
  };
}

/**
 * Validates the bundled terminology: every file against the schema, then ids, surface forms,
 * relations, evidence and number sources, and patient-definition length and reading grade. Returns the
 * compiled index (entries that passed the schema, sources resolved) and every problem found; the data
 * is valid only when `problems` is empty. Never throws.
 */
export function validateTerminology(files: readonly ParsedFile[], registry: SourceRegistry): { terminology: TerminologyIndex; problems: TerminologyProblem[] } {
  const problems: TerminologyProblem[] = files.flatMap((f) => f.problems);
  const located: LocatedEntry[] = [];
  for (const file of files) {
    for (const { index, raw } of rawEntries(file, problems)) {
      const shape = shapeProblems(file, index, raw, ENTRY_SPEC);
      problems.push(...shape);
      if (shape.length > 0) continue;
      const sources = resolveSources(raw, registry, (i, id) =>
        problems.push({
          path: file.path,
          pointer: toPointer(['entries', index, 'sources', i]),
          ...file.locate(['entries', index, 'sources', i]),
          entryId: raw.id as string,
          message: `source "${id}" is not in terminology/sources.yaml`,
        }),
      );
      located.push({ file, index, entry: { ...(raw as unknown as Entry), sources } });
    }
  }
  const where = new Map(located.map((l) => [l.entry, l]));
  const report = locatedReport(where, problems);
  const byId = new Map<string, Entry>();
  for (const { entry } of located) {
    const first = byId.get(entry.id);
    if (first) report(entry, ['id'], `id "${entry.id}" is already used (${siteName(where)({ entry: first, text: '', path: ['id'], abbreviation: false, ambiguous: false })})`);
    else byId.set(entry.id, entry);
  }
  const seen = new Map<string, FormSite>();
  for (const { entry } of located) {
    checkEntry(entry, report, { readability: true });
    checkForms(formSites(entry), seen, report, siteName(where));
    checkRelations(entry, byId, report);
    checkEvidence(entry, byId, report);
  }
  return { terminology: { version: 1, entries: located.map((l) => l.entry) }, problems };
}

const REGISTRY_SPEC: Spec = {
  type: 'object',
  properties: {
    title: { type: 'string', pattern: '\\S' },
    url: { type: 'string', pattern: '^https?://' },
    note: { type: 'string', pattern: '\\S' },
    guideline: { type: 'boolean', description: 'The citation is a clinical practice guideline; only these back "guideline" evidence' },
  },
  required: ['title'],
};

/** Reads `terminology/sources.yaml` (`sources: { id: { title, url } }`), reporting malformed citations. */
export function readSourceRegistry(file: ParsedFile): { registry: SourceRegistry; problems: TerminologyProblem[] } {
  const problems = [...file.problems];
  const sources = (file.data as { sources?: unknown } | undefined)?.sources;
  if (file.data !== undefined && (typeof sources !== 'object' || sources === null || Array.isArray(sources))) {
    problems.push({ path: file.path, pointer: '#', ...file.locate([]), message: 'expected a mapping "sources:" of citation ids' });
    return { registry: {}, problems };
  }
  const registry: Record<string, SourceRegistry[string]> = {};
  for (const [id, value] of Object.entries((sources ?? {}) as Record<string, unknown>)) {
    const shape = checkShape(value, REGISTRY_SPEC, ['sources', id]);
    for (const p of shape) problems.push({ path: file.path, pointer: toPointer(p.path), ...file.locate(p.path), message: p.message });
    if (shape.length === 0) registry[id] = value as SourceRegistry[string];
  }
  return { registry, problems };
}
