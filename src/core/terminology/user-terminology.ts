import { checkEvidence } from './evidence';
import { checkEntry, checkForms, checkRelations, formSites, type FormSite } from './checks';
import { ENTRY_SPEC, EXTENSION_FIELDS, EXTENSION_SPEC } from './shape';
import { parseTerminologyFile, type TerminologyProblem } from './source-file';
import { TermIndex } from './term-index';
import type { Entry, Source, TerminologyIndex } from './types';
import { locatedReport, rawEntries, resolveSources, shapeProblems, siteName, type LocatedEntry } from './validate';

/** A user terminology file as the adapter read it; `path` is only used in messages. */
export interface UserTerminologyFile {
  path: string;
  text: string;
}

export interface UserTerminologyResult {
  /** Bundled entries merged with the user's (hidden entries stay listed with `hidden: true`). */
  terminology: TerminologyIndex;
  /** Ready for the linter, hover and completion (hidden entries left out). */
  index: TermIndex;
  /** Everything that was skipped, with file, line and column. Empty when all files were fine. */
  problems: TerminologyProblem[];
}

const EXTENSION_KEYS = new Set<string>(EXTENSION_FIELDS);
const EXTENSION_HINT = 'a user file may only add synonyms, lay phrases, abbreviations, misspellings and outdated names to a bundled entry, or set hidden: true';

/**
 * Merges user terminology files (same schema as terminology/entries) over the bundled data, in order.
 * An entry with a new id is added; an entry with an existing id adds its surface forms to that entry
 * or hides it (`hidden: true`). A broken file or entry is reported with file, line and column and
 * skipped; the rest keeps working. A surface form that already names another entry is reported and
 * left out. Sources may be written inline ({id, title, url}) or as the id of a bundled citation.
 * Pure: no file access. Never throws.
 */
export function loadUserTerminology(files: readonly UserTerminologyFile[], bundled: TerminologyIndex): UserTerminologyResult {
  const problems: TerminologyProblem[] = [];
  const byId = new Map<string, Entry>(bundled.entries.map((e) => [e.id, e]));
  const citations = new Map<string, Source>(bundled.entries.flatMap((e) => e.sources.map((s) => [s.id, s] as const)));
  const registry = Object.fromEntries([...citations].map(([id, s]) => [id, { title: s.title, ...(s.url ? { url: s.url } : {}) }]));
  const seen = new Map<string, FormSite>();
  for (const entry of bundled.entries) checkForms(formSites(entry), seen, () => undefined, () => '');
  const where = new Map<Entry, LocatedEntry>();
  const report = locatedReport(where, problems);
  const name = (s: FormSite) => (where.has(s.entry) ? siteName(where)(s) : 'bundled');
  const added: Entry[] = [];

  for (const { path, text } of files) {
    const file = parseTerminologyFile(path, text);
    problems.push(...file.problems);
    for (const { index, raw } of rawEntries(file, problems)) {
      const base = typeof raw.id === 'string' ? byId.get(raw.id) : undefined;
      if (base) {
        const shape = shapeProblems(file, index, raw, EXTENSION_SPEC).map((p) => {
          const key = p.pointer.split('/')[3];
          return key && !EXTENSION_KEYS.has(key) && p.message.startsWith('unknown field') ? { ...p, message: `"${key}" cannot change on bundled entry "${base.id}": ${EXTENSION_HINT}` } : p;
        });
        problems.push(...shape);
        if (shape.length > 0) continue;
        const extension = { ...(raw as unknown as Entry), preferred: '' };
        where.set(extension, { file, index, entry: extension });
        const accepted = checkForms(formSites(extension).slice(1), seen, report, name);
        byId.set(base.id, extend(base, extension, accepted));
        continue;
      }
      const shape = shapeProblems(file, index, raw, ENTRY_SPEC);
      problems.push(...shape);
      if (shape.length > 0) continue;
      const entry = { ...(raw as unknown as Entry) };
      where.set(entry, { file, index, entry });
      entry.sources = resolveSources(raw, registry, (i, id) => report(entry, ['sources', i], `source "${id}" is not a bundled citation id; write it inline as {id, title, url}`));
      checkEntry(entry, report, { readability: false });
      const before = problems.length;
      const accepted = checkForms(formSites(entry), seen, report, name);
      if (accepted[0]?.path[0] !== 'preferred') continue;
      if (problems.length > before) Object.assign(entry, keepForms(entry, accepted));
      byId.set(entry.id, entry);
      added.push(entry);
    }
  }
  for (const entry of added) {
    checkRelations(entry, byId, report);
    checkEvidence(entry, byId, report);
    if (entry.relations) entry.relations = validRelations(entry, byId);
  }
  const terminology: TerminologyIndex = { version: 1, entries: [...byId.values()] };
  return { terminology, index: new TermIndex(terminology), problems };
}

/** The bundled entry with the extension's accepted forms appended (and hidden when asked). */
function extend(base: Entry, extension: Entry, accepted: readonly FormSite[]): Entry {
  const kept = keepForms(extension, accepted);
  return {
    ...base,
    synonyms: [...(base.synonyms ?? []), ...(kept.synonyms ?? [])],
    lay: [...(base.lay ?? []), ...(kept.lay ?? [])],
    abbreviations: [...(base.abbreviations ?? []), ...(kept.abbreviations ?? [])],
    misspellings: [...(base.misspellings ?? []), ...(kept.misspellings ?? [])],
    outdated: [...(base.outdated ?? []), ...(kept.outdated ?? [])],
    ...(extension.hidden !== undefined ? { hidden: extension.hidden } : {}),
  };
}

/** The entry's form lists restricted to the accepted sites. */
function keepForms(entry: Entry, accepted: readonly FormSite[]): Pick<Entry, 'synonyms' | 'lay' | 'abbreviations' | 'misspellings' | 'outdated'> {
  const ok = (field: string, i: number) => accepted.some((s) => s.path[0] === field && s.path[1] === i);
  return {
    synonyms: entry.synonyms?.filter((_, i) => ok('synonyms', i)),
    lay: entry.lay?.filter((_, i) => ok('lay', i)),
    abbreviations: entry.abbreviations?.filter((_, i) => ok('abbreviations', i)),
    misspellings: entry.misspellings?.filter((_, i) => ok('misspellings', i)),
    outdated: entry.outdated?.filter((_, i) => ok('outdated', i)),
  };
}

/** Relations with dangling ids removed, so rules never look up an entry that is not there. */
function validRelations(entry: Entry, byId: ReadonlyMap<string, Entry>): Entry['relations'] {
  const r = entry.relations ?? {};
  const exists = (id: string) => id !== entry.id && byId.has(id);
  return {
    ...(r.parent && exists(r.parent) ? { parent: r.parent } : {}),
    ...(r.contrastWith ? { contrastWith: r.contrastWith.filter(exists) } : {}),
    ...(r.related ? { related: r.related.filter(exists) } : {}),
    ...(r.treatments ? { treatments: r.treatments.filter((t) => byId.get(t.treatment)?.kind === 'treatment') } : {}),
  };
}
