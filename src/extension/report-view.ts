import * as vscode from 'vscode';
import type { ClaimsSummary } from '../core/index';
import { toRange } from './convert';
import { claimsTarget, ReportState } from './report-state';

/**
 * The Check Medical Claims report in one reusable webview panel with a strict CSP. When the checked
 * document changes, the report says so and offers to run the check again (`rerun`). It also remembers
 * the last editor on a document NeuroTerm checks (`isChecked`), for the command run from elsewhere.
 */
export class ReportView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private shown: { uri: vscode.Uri; summary: ClaimsSummary; page: () => string } | undefined;
  private readonly state = new ReportState();
  private lastEditor: vscode.Uri | undefined;
  private readonly watchers: vscode.Disposable;
  /**
   * The page builder, loaded with the first report: the abbreviation table's HTML comes from a core
   * module that brings the Markdown parser along, which activation does not need (the server parses).
   */
  private html: typeof import('./report-html') | undefined;

  constructor(
    private readonly rerun: (uri: vscode.Uri) => unknown,
    isChecked: (document: vscode.TextDocument) => boolean,
  ) {
    const remember = (editor: vscode.TextEditor | undefined) => {
      if (editor && isChecked(editor.document)) this.lastEditor = editor.document.uri;
    };
    remember(vscode.window.activeTextEditor);
    this.watchers = vscode.Disposable.from(
      vscode.window.onDidChangeActiveTextEditor(remember),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (!this.state.edited(e.document.uri.toString(), e.contentChanges.length)) return;
        // A visible page shows the notice at once; a hidden one reloads its HTML when shown again.
        if (this.panel?.visible) void this.panel.webview.postMessage({ type: 'stale' });
        else this.render();
      }),
    );
  }

  /** The document Check Medical Claims should check when it is run without one. */
  get target(): vscode.Uri | undefined {
    return claimsTarget({
      activeEditor: vscode.window.activeTextEditor?.document.uri,
      reportActive: this.panel?.active ?? false,
      reportDocument: this.panel ? this.shown?.uri : undefined,
      lastEditor: this.lastEditor,
    });
  }

  /** Shows the report of one check; `page` builds its review page on demand (Export Review Page). */
  async show(uri: vscode.Uri, summary: ClaimsSummary, page: () => string): Promise<void> {
    this.html ??= await import('./report-html');
    this.shown = { uri, summary, page };
    this.state.checked(uri.toString());
    if (!this.panel) {
      const panel = vscode.window.createWebviewPanel('neuroterm.report', 'Medical Claims', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: true,
        localResourceRoots: [],
      });
      panel.onDidDispose(() => (this.panel = undefined));
      panel.webview.onDidReceiveMessage((message: unknown) => void this.receive(message));
      // Hidden, the page is discarded and later reloaded from its HTML, which must then carry the notice.
      panel.onDidChangeViewState(() => !panel.visible && this.state.stale && this.render());
      this.panel = panel;
    }
    this.panel.title = `Medical Claims: ${summary.document}`;
    this.render();
    this.panel.reveal(vscode.ViewColumn.Beside, true);
  }

  private render(): void {
    if (this.panel && this.shown && this.html) this.panel.webview.html = this.html.reportHtml(this.shown.summary, { nonce: nonce(), stale: this.state.stale });
  }

  private async receive(message: unknown): Promise<void> {
    const type = (message as { type?: unknown })?.type;
    if (type === 'export') await this.exportReviewPage();
    else if (type === 'rerun' && this.shown) await this.rerun(this.shown.uri);
    else await this.reveal(message);
  }

  private async reveal(message: unknown): Promise<void> {
    const index = (message as { type?: string; index?: unknown })?.index;
    const finding = typeof index === 'number' ? this.shown?.summary.findings[index] : undefined;
    if (!finding || !this.shown) return;
    const range = toRange(finding.range);
    await vscode.window.showTextDocument(this.shown.uri, { selection: range, viewColumn: vscode.ViewColumn.One });
  }

  /**
   * Writes the review page of the report's check to `target`, or where the writer picks (next to the
   * document by default). Returns where it was written; undefined when there is no report or the
   * writer cancels.
   */
  async exportReviewPage(target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    if (!this.shown) {
      vscode.window.setStatusBarMessage('NeuroTerm: run Check Medical Claims first, then export its review page.', 5000);
      return undefined;
    }
    const name = this.shown.uri.path.split('/').pop()!.replace(/\.[^.]*$/, '');
    const suggested = vscode.Uri.joinPath(this.shown.uri, '..', `review-${name}.html`);
    const file = target ?? (await vscode.window.showSaveDialog({ defaultUri: suggested, filters: { 'Review page': ['html'] }, saveLabel: 'Export' }));
    if (!file) return undefined;
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(this.shown.page()));
    vscode.window.setStatusBarMessage(`NeuroTerm: review page written to ${vscode.workspace.asRelativePath(file)}`, 8000);
    return file;
  }

  dispose(): void {
    this.watchers.dispose();
    this.panel?.dispose();
  }
}

function nonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
