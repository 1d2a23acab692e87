/**
 * What the Check Medical Claims report knows apart from its webview (no `vscode` import, so plain
 * tests can drive it): which document it was made for and whether that document changed since.
 * Documents are compared by their URI string.
 */
export class ReportState {
  private checkedUri: string | undefined;
  private changed = false;

  /** The document of the report on show, if any. */
  get document(): string | undefined {
    return this.checkedUri;
  }

  /** True once the checked document was edited after the check. */
  get stale(): boolean {
    return this.changed;
  }

  /** A new check of `uri` is on show, so the report is current again. */
  checked(uri: string): void {
    this.checkedUri = uri;
    this.changed = false;
  }

  /**
   * `uri` was edited with `changes` content changes (0 for a save or a dirty-state event). True only
   * for the edit that makes the report stale, so the page is told once.
   */
  edited(uri: string, changes: number): boolean {
    if (this.changed || changes === 0 || uri !== this.checkedUri) return false;
    this.changed = true;
    return true;
  }
}

/** Where Check Medical Claims can look for the document to check, most explicit first. */
export interface ClaimsTargets<T> {
  /** The document the command was run on (a URI argument, the report's Check again button). */
  asked?: T;
  /** The active text editor's document; none while a webview such as the report has focus. */
  activeEditor?: T;
  /** Whether the report tab is the active editor. */
  reportActive: boolean;
  /** The document the report on show was made for. */
  reportDocument?: T;
  /** The last text editor that was active on a document NeuroTerm checks. */
  lastEditor?: T;
}

/**
 * The document Check Medical Claims checks: the one asked for, else the active editor's; with the
 * report tab active, the report's document; otherwise the last checked editor, then the report's.
 */
export function claimsTarget<T>(t: ClaimsTargets<T>): T | undefined {
  return t.asked ?? t.activeEditor ?? (t.reportActive ? t.reportDocument : undefined) ?? t.lastEditor ?? t.reportDocument;
}
