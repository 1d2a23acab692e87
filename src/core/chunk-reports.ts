import type { Rule } from './rules/rule';
import type { FindingSource, Fix, RawFinding } from './types';

/** The document rules' reports about one chunk, offsets relative to it, each with its rule. */
export interface Reports {
  readonly reports: readonly RawFinding[];
  readonly rules: readonly Rule[];
}

const NONE: Reports = { reports: [], rules: [] };

/**
 * The document rules' reports of one check, sorted into the chunks they are about and compared
 * with the last check's as they come: a chunk whose reports are the last ones (the same objects,
 * or reports that say the same at the same place in the chunk) allocates nothing. Document rules
 * report every finding on every check, so this is what keeps a keystroke from costing work per
 * finding of the whole document.
 */
export class ChunkReports {
  /** By chunk: reports that differ from the last check's, made on the first difference. */
  private readonly changed: Array<{ reports: RawFinding[]; rules: Rule[] } | undefined>;
  /** By chunk: how many reports so far matched the last check's, in order. */
  private readonly matched: Int32Array;

  /** `last[i]`: the reports chunk `i` had at the last check, when it had the same text then; else undefined. */
  constructor(private readonly last: ReadonlyArray<Reports | undefined>) {
    this.changed = new Array(last.length);
    this.matched = new Int32Array(last.length);
  }

  add(chunk: number, report: RawFinding, rule: Rule): void {
    const changed = this.changed[chunk];
    if (changed) {
      changed.reports.push(report);
      changed.rules.push(rule);
      return;
    }
    const last = this.last[chunk] ?? NONE;
    const k = this.matched[chunk]!;
    if (k < last.reports.length && last.rules[k] === rule && sameReport(last.reports[k]!, report)) {
      this.matched[chunk] = k + 1;
      return;
    }
    this.changed[chunk] = { reports: [...last.reports.slice(0, k), report], rules: [...last.rules.slice(0, k), rule] };
  }

  /** Whether chunk `chunk`'s reports of this check are the last check's: `of(chunk).same`, without making its answer. */
  same(chunk: number): boolean {
    if (this.changed[chunk]) return false;
    const last = this.last[chunk];
    return last !== undefined && this.matched[chunk] === last.reports.length;
  }

  /** Chunk `chunk`'s reports of this check, and whether they are the last check's. */
  of(chunk: number): { reports: Reports; same: boolean } {
    const changed = this.changed[chunk];
    if (changed) return { reports: changed, same: false };
    const last = this.last[chunk];
    const k = this.matched[chunk]!;
    if (last && k === last.reports.length) return { reports: last, same: true };
    return { reports: k === 0 ? NONE : { reports: last!.reports.slice(0, k), rules: last!.rules.slice(0, k) }, same: false };
  }
}

/** Whether two reports make the same finding at the same place (everything `finishFinding` reads). */
function sameReport(a: RawFinding, b: RawFinding): boolean {
  return (
    a === b ||
    (a.offset === b.offset &&
      a.endOffset === b.endOffset &&
      a.message === b.message &&
      a.severity === b.severity &&
      a.termId === b.termId &&
      a.note === b.note &&
      sameFixes(a.fixes, b.fixes) &&
      sameSources(a.sources, b.sources))
  );
}

function sameFixes(a: readonly Fix[], b: readonly Fix[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  // The fields of `Fix`: rules build fixes as typed literals, so no other field is copied into a finding.
  return a.every((x, i) => {
    const y = b[i]!;
    return x.offset === y.offset && x.endOffset === y.endOffset && x.newText === y.newText && x.title === y.title && x.mechanical === y.mechanical;
  });
}

function sameSources(a: readonly FindingSource[] | undefined, b: readonly FindingSource[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((x, i) => x.title === b[i]!.title && x.url === b[i]!.url);
}
