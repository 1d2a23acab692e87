import * as vscode from 'vscode';
import { Linter, checkText, editorFindings, type BlockSource, type Finding, type TermIndex } from '../core/index';
import type { Configuration } from './configuration';
import { DEBOUNCE_MS } from './contract';
import { toDiagnostic } from './convert';
import { isChecked } from './documents';
import type { Log } from './log';
import type { Terminology } from './terminology';

/** The outcome of checking one document, for the status bar and the report. */
export type CheckResult =
  | { kind: 'checked'; findings: Finding[] }
  /** `reason` is a full sentence for the status bar tooltip. */
  | { kind: 'skipped'; reason: string }
  | { kind: 'disabled' };

/**
 * Live diagnostics. One `Linter` per open document (its chunk cache makes re-checks incremental),
 * a debounce per document, and a generation counter so a result computed for an older text is
 * dropped instead of shown.
 */
export class DiagnosticsController implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('neuroterm');
  /** The finding behind each diagnostic, for quick fixes. */
  readonly findings = new WeakMap<vscode.Diagnostic, Finding>();
  private readonly linters = new Map<string, { linter: Linter; terms: TermIndex }>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly generations = new Map<string, number>();
  private readonly results = new Map<string, CheckResult>();
  /** Findings per document left out of the Problems panel to stay under the editor's marker limit. */
  private readonly heldBack = new Map<string, number>();
  private readonly updated = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidUpdate = this.updated.event;

  constructor(
    private readonly config: Configuration,
    private readonly terminology: Terminology,
    private readonly log: Log,
  ) {}

  /**
   * The document's `Linter` when it checked the document with `terms`: hover and completion read
   * its cached chunks instead of parsing the document again.
   */
  blocksFor(uri: vscode.Uri, terms: TermIndex): BlockSource | undefined {
    const entry = this.linters.get(uri.toString());
    return entry && entry.terms === terms ? entry.linter : undefined;
  }

  /** The last result for a document, if it was checked. */
  resultFor(uri: vscode.Uri): CheckResult | undefined {
    return this.results.get(uri.toString());
  }
  /** How many findings of the document are not shown as diagnostics (over the editor's limit). */
  heldBackFor(uri: vscode.Uri): number {
    return this.heldBack.get(uri.toString()) ?? 0;
  }


  /** Checks after `DEBOUNCE_MS` of quiet; each call restarts the wait. */
  schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
    this.timers.set(key, setTimeout(() => void this.check(document), DEBOUNCE_MS));
  }

  /** Checks now and publishes the diagnostics, unless a newer check started meanwhile. Never rejects. */
  async check(document: vscode.TextDocument): Promise<CheckResult> {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    const result = await this.compute(document, () => this.generations.get(key) !== generation);
    if (!result) return this.results.get(key) ?? { kind: 'disabled' };
    // Documents NeuroTerm never checked (output panes, other languages) get no empty entry.
    if (result.kind === 'disabled' && !this.results.has(key)) return result;
    this.publish(document.uri, result, document);
    return result;
  }

  /**
   * Lints the current text without publishing (code actions need fresh offsets, and publishing
   * from a code action provider would make the editor ask for code actions again). Undefined when
   * `superseded()` turns true while the configuration loads. Never rejects.
   */
  async compute(document: vscode.TextDocument, superseded: () => boolean = () => false): Promise<CheckResult | undefined> {
    const key = document.uri.toString();
    try {
      const config = await this.config.forUri(document.uri);
      const terms = await this.terminology.forFiles(config.terminologyFiles);
      if (superseded() || document.isClosed) return undefined;
      if (!isChecked(document, config.settings)) return { kind: 'disabled' };
      let entry = this.linters.get(key);
      if (!entry || entry.terms !== terms) this.linters.set(key, (entry = { linter: new Linter(terms), terms }));
      const request = { settings: config.lint, languages: config.settings.languages, maxFileSize: config.settings.maxFileSize, ignored: config.ignored };
      const result = checkText(document.getText(), document.languageId, request, entry.linter);
      if (result.kind !== 'error') return result;
      throw result.cause ?? new Error(result.message);
    } catch (error) {
      this.log(`checking ${key} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return { kind: 'skipped', reason: 'Not checked: an internal error (see the NeuroTerm output).' };
    }
  }

  /**
   * Shows findings for a document (also used by the workspace check for files that are not open);
   * with the checked `document`, empty ranges are placed so the editor does not underline a word.
   */
  publish(uri: vscode.Uri, result: CheckResult, document?: vscode.TextDocument): void {
    this.results.set(uri.toString(), result);
    const editor = vscode.window.activeTextEditor;
    const cursorLine = editor?.document.uri.toString() === uri.toString() ? editor.selection.active.line : 0;
    // Fold repeats and cap, errors and findings near the cursor first, so a new mistake is always underlined.
    const selected = result.kind === 'checked' ? editorFindings(result.findings, { cursorLine }) : undefined;
    this.heldBack.set(uri.toString(), selected?.heldBack ?? 0);
    const lineText = (line: number) => (document && line < document.lineCount ? document.lineAt(line).text : undefined);
    const diagnostics = selected ? selected.shown.map((f) => this.diagnostic(f, lineText(f.range.start.line))) : [];
    this.collection.set(uri, diagnostics);
    this.updated.fire(uri);
  }

  /** Forgets a closed document: its diagnostics, linter cache and pending check. */
  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
    this.linters.delete(key);
    this.results.delete(key);
    this.heldBack.delete(key);
    this.collection.delete(uri);
    this.updated.fire(uri);
  }

  private diagnostic(finding: Finding, lineText: string | undefined): vscode.Diagnostic {
    const d = toDiagnostic(finding, lineText);
    this.findings.set(d, finding);
    return d;
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.collection.dispose();
    this.updated.dispose();
  }
}
