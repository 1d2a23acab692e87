import type { Entry } from '../../terminology/types';
import type { FindingSource, RawFinding } from '../../types';

/**
 * The citation for one of an entry's source ids, as "Hughes RAC et al. 2003"-style short text and
 * the full title. Entries list sources either as objects or, after the shared-sources change, as
 * ids resolved elsewhere; an id that cannot be resolved is returned as it stands, never thrown.
 */
export function citation(entry: Entry, sourceId: string): { short: string; full: string } {
  const sources = (entry.sources ?? []) as unknown[];
  const found = sources.find((s) => typeof s === 'object' && s !== null && (s as { id?: unknown }).id === sourceId) as
    | { title?: unknown }
    | undefined;
  const title = typeof found?.title === 'string' ? found.title : sourceId;
  return { short: shortCitation(title), full: title };
}

/** The citation for one of an entry's source ids, title and link, for a finding's `sources`. */
export function findingSource(entry: Entry, sourceId: string): FindingSource {
  const found = entry.sources.find((s) => s.id === sourceId);
  return found ? { title: found.title, ...(found.url ? { url: found.url } : {}) } : { title: sourceId };
}

/** "Hughes RAC, Wijdicks EFM, et al. Practice parameter... Neurology 2003;61" -> "Hughes et al. 2003". */
export function shortCitation(title: string): string {
  const author = /^((?:(?:[Vv]an|[Vv]on|[Dd]e|[Dd]en|[Dd]er|[Dd]i|[Ll]a|[Ll]e) )*[\p{Lu}][\p{L}'\-]+) [\p{Lu}]{1,3}\b(,| et al)?/u.exec(title);
  const year = /\b(?:19|20)\d\d\b/.exec(title);
  if (!author || !year) {
    // No author-year form: keep the title up to its first bracket or sentence end ("BMJ Best Practice: CIDP - Criteria").
    const head = title.split(/ \(|\. /)[0]!.replace(/\.$/, '');
    return head.length <= 80 ? head : `${head.slice(0, 77).trimEnd()}...`;
  }
  return `${author[1]}${author[2] ? ' et al.' : ''} ${year[0]}`;
}

/** A warning at `at` that cites one of `entry`'s sources in full in its note. */
export function sourcedWarning(entry: Entry, sourceId: string, message: string, at: { text: string; offset: number; endOffset: number }, termId: string): RawFinding {
  return { ...sourcedFinding(entry, sourceId, message, at, termId), severity: 'warning' };
}

/** An info finding at `at` that cites one of `entry`'s sources: the wording leaves something out rather than misplaces. */
export function sourcedInfo(entry: Entry, sourceId: string, message: string, at: { text: string; offset: number; endOffset: number }): RawFinding {
  return { ...sourcedFinding(entry, sourceId, message, at), severity: 'info' };
}

/** A finding that cites one of the entry's sources, at the rule's own severity. */
export function sourcedFinding(entry: Entry, sourceId: string, message: string, at: { text: string; offset: number; endOffset: number }, termId = entry.id): RawFinding {
  return {
    message,
    offset: at.offset,
    endOffset: at.endOffset,
    actual: at.text,
    termId,
    fixes: [],
    note: `Source: ${citation(entry, sourceId).full}`,
    sources: [findingSource(entry, sourceId)],
  };
}
