import { compareFindings, finishFinding, type RuleFinding } from './findings';
import type { Positioner } from './positions';
import type { Finding, FindingSource, Fix, LintSettings } from './types';

/** A finished finding with the rule finding it was made from; `other`: the next one made at the same offset. */
interface Made {
  raw: RuleFinding;
  finding: Finding;
  other?: Made;
}

/**
 * The document rules' findings of the last check, finished, for reuse by the next one. Document
 * rules report every finding again on each check; one that lies in the text before the first
 * changed chunk and equals a report of last time comes back as the same `Finding` object. Its
 * positions are not computed again, and callers that keep something per finding object (the
 * language server's diagnostics) find it again. Owned by one `Linter`; start a new one when the
 * settings or rules change.
 */
export class FinishedFindings {
  /** Last check's findings by start offset. */
  private last = new Map<number, Made>();

  /**
   * The findings of `raws`, sorted as `finishFindings` sorts them. `stableUntil`: the text before
   * this offset, and so its line starts, is the same as at the last call.
   */
  finish(text: string, raws: readonly RuleFinding[], lines: Positioner, settings: LintSettings, stableUntil: number): Finding[] {
    const next = new Map<number, Made>();
    const out: Finding[] = [];
    for (const raw of raws) {
      let kept: Made | undefined;
      if (raw.endOffset <= stableUntil) for (let m = this.last.get(raw.offset); m && !kept; m = m.other) if (sameReport(m.raw, raw)) kept = m;
      const finding = kept ? kept.finding : finishFinding(text, raw, lines, settings);
      if (!finding) continue;
      out.push(finding);
      next.set(raw.offset, { raw, finding, other: next.get(raw.offset) });
    }
    this.last = next;
    return out.sort(compareFindings);
  }
}

/** Whether two reports make the same finding at the same place (everything `finishFinding` reads). */
function sameReport(a: RuleFinding, b: RuleFinding): boolean {
  return (
    a.rule === b.rule &&
    a.offset === b.offset &&
    a.endOffset === b.endOffset &&
    a.message === b.message &&
    a.severity === b.severity &&
    a.termId === b.termId &&
    a.note === b.note &&
    sameFixes(a.fixes, b.fixes) &&
    sameSources(a.sources, b.sources)
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
