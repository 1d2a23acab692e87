import { compareFindings, finishFinding, placeFinding, type RuleFinding } from './findings';
import type { Positioner } from './positions';
import type { Finding, FindingSource, Fix, LintSettings } from './types';

/** A finished finding with the rule finding it was made from; `other`: the next one made at the same offset. */
interface Made {
  raw: RuleFinding;
  finding: Finding;
  other?: Made;
}

/**
 * Where the end of the text is the last check's, moved: from `from` (a line start, 0-based UTF-16
 * in the new text) to the end, the text is the old text from `from - delta`, `lineDelta` lines lower.
 */
export interface MovedSuffix {
  from: number;
  delta: number;
  lineDelta: number;
}

/**
 * The document rules' findings of the last check, finished, for reuse by the next one. Document
 * rules report every finding again on each check; one that lies in the text before the first
 * changed chunk and equals a report of last time comes back as the same `Finding` object. Its
 * positions are not computed again, and callers that keep something per finding object (the
 * language server's diagnostics) find it again. One in the moved end of the text that equals a
 * report of last time, moved, comes back as a moved copy of last time's finding: a keystroke
 * shifts every finding after it, and a copy costs less than finishing it again. Owned by one
 * `Linter`; start a new one when the settings or rules change.
 */
export class FinishedFindings {
  /** Last check's findings by start offset. */
  private last = new Map<number, Made>();

  /**
   * The findings of `raws`, sorted as `finishFindings` sorts them. `stableUntil`: the text before
   * this offset, and so its line starts, is the same as at the last call. `moved`: the end of the
   * text that only moved since the last call, if any.
   */
  finish(text: string, raws: readonly RuleFinding[], lines: Positioner, settings: LintSettings, stableUntil: number, moved?: MovedSuffix): Finding[] {
    const next = new Map<number, Made>();
    const out: Finding[] = [];
    for (const raw of raws) {
      let finding: Finding | undefined;
      if (raw.endOffset <= stableUntil) finding = this.kept(raw, raw.offset, 0);
      else if (moved && raw.offset >= moved.from) {
        const old = this.kept(raw, raw.offset - moved.delta, moved.delta);
        if (old) finding = moved.delta === 0 && moved.lineDelta === 0 ? old : placeFinding(old, moved.delta, moved.lineDelta);
      }
      finding ??= finishFinding(text, raw, lines, settings);
      if (!finding) continue;
      out.push(finding);
      next.set(raw.offset, { raw, finding, other: next.get(raw.offset) });
    }
    this.last = next;
    return out.sort(compareFindings);
  }

  /** Last check's finding of a report that said the same at `oldOffset`, everything `delta` characters earlier. */
  private kept(raw: RuleFinding, oldOffset: number, delta: number): Finding | undefined {
    for (let m = this.last.get(oldOffset); m; m = m.other) if (sameReport(m.raw, raw, delta)) return m.finding;
    return undefined;
  }
}

/** Whether two reports make the same finding (everything `finishFinding` reads), `b` placed `delta` characters after `a`. */
function sameReport(a: RuleFinding, b: RuleFinding, delta: number): boolean {
  return (
    a.rule === b.rule &&
    a.offset + delta === b.offset &&
    a.endOffset + delta === b.endOffset &&
    a.message === b.message &&
    a.severity === b.severity &&
    a.termId === b.termId &&
    a.note === b.note &&
    sameFixes(a.fixes, b.fixes, delta) &&
    sameSources(a.sources, b.sources)
  );
}

function sameFixes(a: readonly Fix[], b: readonly Fix[], delta: number): boolean {
  if (a === b && delta === 0) return true;
  if (a.length !== b.length) return false;
  // The fields of `Fix`: rules build fixes as typed literals, so no other field is copied into a finding.
  return a.every((x, i) => {
    const y = b[i]!;
    return x.offset + delta === y.offset && x.endOffset + delta === y.endOffset && x.newText === y.newText && x.title === y.title && x.mechanical === y.mechanical;
  });
}

function sameSources(a: readonly FindingSource[] | undefined, b: readonly FindingSource[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((x, i) => x.title === b[i]!.title && x.url === b[i]!.url);
}
