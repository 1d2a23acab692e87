import * as vscode from 'vscode';
import { documentReadability } from '../core/index';
import { MIN_WORDS } from '../core/rules/readability/measure';
import { COMMANDS } from './contract';
import type { CheckResult, DiagnosticsController } from './diagnostics';
import { formatOf } from './documents';

/** Above this size the grade is left to Check Medical Claims: measuring parses the whole text again. */
const MAX_GRADE_CHARS = 300_000;

/**
 * The status bar item: finding count and reading grade for the active document; click runs Check
 * Medical Claims. The count follows every check; the grade is measured when a document is opened,
 * shown or saved, not on every keystroke, since it needs a full parse.
 */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('neuroterm.status', vscode.StatusBarAlignment.Right, 100);
  private readonly grades = new Map<string, number>();
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly diagnostics: DiagnosticsController) {
    this.item.name = 'NeuroTerm';
    this.item.command = COMMANDS.checkMedicalClaims;
    this.disposables = [
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidSaveTextDocument((d) => this.measure(d) && this.update()),
      vscode.workspace.onDidCloseTextDocument((d) => this.grades.delete(d.uri.toString())),
      diagnostics.onDidUpdate((uri) => uri.toString() === vscode.window.activeTextEditor?.document.uri.toString() && this.update()),
    ];
    this.update();
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const result = document ? this.diagnostics.resultFor(document.uri) : undefined;
    if (!document || !result || result.kind === 'disabled') {
      this.item.hide();
      return;
    }
    if (result.kind === 'checked' && !this.grades.has(document.uri.toString())) this.measure(document);
    const { text, tooltip } = describe(result, this.grades.get(document.uri.toString()), this.diagnostics.heldBackFor(document.uri));
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.show();
  }

  /** Measures the reading grade; false when the document is too large to measure here. */
  private measure(document: vscode.TextDocument): boolean {
    const text = document.getText();
    if (text.length > MAX_GRADE_CHARS) return false;
    const report = documentReadability(text, formatOf(document));
    // Below the readability rule's own minimum a grade says nothing about the text.
    if (report.words >= MIN_WORDS) this.grades.set(document.uri.toString(), report.fleschKincaid);
    else this.grades.delete(document.uri.toString());
    return true;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function describe(result: Exclude<CheckResult, { kind: 'disabled' }>, grade: number | undefined, heldBack: number): { text: string; tooltip: string } {
  if (result.kind === 'skipped') return { text: '$(circle-slash) NeuroTerm: skipped', tooltip: result.reason };
  const count = result.findings.length;
  const gradeText = grade === undefined ? '' : ` · grade ${grade}`;
  const gradeTip = grade === undefined ? '' : `\nReading grade ${grade} (Flesch-Kincaid), measured when the document was opened or saved.`;
  const heldText = heldBack > 0 ? ` (${heldBack} not underlined)` : '';
  const heldTip = heldBack > 0 ? `\n${heldBack} findings are not underlined, to stay under the editor's limit; errors and findings near the cursor come first. Check Medical Claims lists them all.` : '';
  return {
    text: `$(book) NeuroTerm: ${count}${heldText}${gradeText}`,
    tooltip: `${count} NeuroTerm finding${count === 1 ? '' : 's'}${heldTip}${gradeTip}\nClick to check medical claims.`,
  };
}
