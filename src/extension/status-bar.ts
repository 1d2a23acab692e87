import * as vscode from 'vscode';
import type { StatusParams } from '../server/protocol';
import type { NeuroTermClient } from './client';
import { COMMANDS } from './contract';

/**
 * The status bar item: finding count and reading grade for the active document, as the server last
 * reported them; click runs Check Medical Claims. The server measures the grade when a document is
 * opened or saved, not on every keystroke, since it needs a full parse.
 */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('neuroterm.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly client: NeuroTermClient) {
    this.item.name = 'NeuroTerm';
    this.item.command = COMMANDS.checkMedicalClaims;
    this.disposables = [
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      client.onDidUpdate((uri) => uri.toString() === vscode.window.activeTextEditor?.document.uri.toString() && this.update()),
    ];
    this.update();
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const status = document ? this.client.statusFor(document.uri) : undefined;
    if (!status || status.kind === 'disabled') {
      this.item.hide();
      return;
    }
    const { text, tooltip } = describe(status);
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function describe(status: StatusParams): { text: string; tooltip: string } {
  if (status.kind === 'skipped') return { text: '$(circle-slash) NeuroTerm: skipped', tooltip: status.reason ?? 'Not checked.' };
  const { count, grade, heldBack } = status;
  const gradeText = grade === undefined ? '' : ` · grade ${grade}`;
  const gradeTip = grade === undefined ? '' : `\nReading grade ${grade} (Flesch-Kincaid), measured when the document was opened or saved.`;
  const heldText = heldBack > 0 ? ` (${heldBack} not underlined)` : '';
  const heldTip = heldBack > 0 ? `\n${heldBack} findings are not underlined, to stay under the editor's limit; errors and findings near the cursor come first. Check Medical Claims lists them all.` : '';
  return {
    text: `$(book) NeuroTerm: ${count}${heldText}${gradeText}`,
    tooltip: `${count} NeuroTerm finding${count === 1 ? '' : 's'}${heldTip}${gradeTip}\nClick to check medical claims.`,
  };
}
