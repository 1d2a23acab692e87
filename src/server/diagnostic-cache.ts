import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../core/index';
import { toDiagnostic } from './convert';

/** A published diagnostic with the finding it was made from. */
interface Made {
  finding: Finding;
  diagnostic: Diagnostic;
  /** The next one made at the same place key. */
  other?: Made;
}

/**
 * The diagnostics of one open document, kept between checks. A finding object shown before gets its
 * diagnostic back. A new finding object that says the same on the same line and columns (a finding
 * after the edit, moved by some characters but no lines) gets the last check's diagnostic too. So
 * a keystroke makes few diagnostics, and the published list is mostly the same objects as the last
 * one, which makes comparing the two cheap.
 */
export class DiagnosticCache {
  private readonly byFinding = new WeakMap<Finding, Diagnostic>();
  private byPlace = new Map<number, Made>();

  /** The diagnostics of `findings`, in their order, on `document` as it is now. */
  diagnostics(findings: readonly Finding[], document: TextDocument): Diagnostic[] {
    const next = new Map<number, Made>();
    const out = findings.map((finding) => {
      const key = placeKey(finding);
      let diagnostic = this.byFinding.get(finding);
      if (!diagnostic) {
        diagnostic = this.samePlaced(key, finding) ?? toDiagnostic(finding, document);
        this.byFinding.set(finding, diagnostic);
      }
      next.set(key, { finding, diagnostic, other: next.get(key) });
      return diagnostic;
    });
    this.byPlace = next;
    return out;
  }

  /**
   * The last list's diagnostic of a finding that says the same at the same range. Empty ranges are
   * left out: their diagnostic is placed by the text of their line, which an edit may have changed.
   */
  private samePlaced(key: number, f: Finding): Diagnostic | undefined {
    const { start, end } = f.range;
    if (start.line === end.line && start.character === end.character) return undefined;
    for (let m = this.byPlace.get(key); m; m = m.other) {
      const g = m.finding;
      const same =
        g.ruleId === f.ruleId &&
        g.severity === f.severity &&
        g.message === f.message &&
        g.url === f.url &&
        g.note === f.note &&
        g.range.start.line === start.line &&
        g.range.start.character === start.character &&
        g.range.end.line === end.line &&
        g.range.end.character === end.character;
      if (same) return m.diagnostic;
    }
    return undefined;
  }
}

/** A number for a finding's start position; findings that share one are told apart by `samePlaced`. */
function placeKey(f: Finding): number {
  return f.range.start.line * 4096 + (f.range.start.character % 4096);
}
