import * as vscode from 'vscode';
import type { ClaimsSummary } from '../core/index';
import { toRange } from './convert';
import { reportHtml } from './report-html';

/** The Check Medical Claims report in one reusable webview panel with a strict CSP. */
export class ReportView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private shown: { uri: vscode.Uri; summary: ClaimsSummary } | undefined;

  show(uri: vscode.Uri, summary: ClaimsSummary): void {
    this.shown = { uri, summary };
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('neuroterm.report', 'Medical Claims', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: true,
        localResourceRoots: [],
      });
      this.panel.onDidDispose(() => (this.panel = undefined));
      this.panel.webview.onDidReceiveMessage((message: unknown) => void this.reveal(message));
    }
    this.panel.title = `Medical Claims: ${summary.document}`;
    this.panel.webview.html = reportHtml(summary, { nonce: nonce() });
    this.panel.reveal(vscode.ViewColumn.Beside, true);
  }

  private async reveal(message: unknown): Promise<void> {
    const index = (message as { type?: string; index?: unknown })?.index;
    const finding = typeof index === 'number' ? this.shown?.summary.findings[index] : undefined;
    if (!finding || !this.shown) return;
    const range = toRange(finding.range);
    await vscode.window.showTextDocument(this.shown.uri, { selection: range, viewColumn: vscode.ViewColumn.One });
  }

  dispose(): void {
    this.panel?.dispose();
  }
}

function nonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
