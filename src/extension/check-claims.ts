import * as vscode from 'vscode';
import type { ClaimsSummary } from '../core/index';
import { SERVER_COMMANDS } from '../server/protocol';
import type { NeuroTermClient } from './client';
import type { Log } from './log';
import type { ReportView } from './report-view';

/**
 * Check Medical Claims: asks the server for the report data of the active document (or `uri`), shows
 * the report and returns the summary (the e2e tests read it). Undefined when there is no document to
 * check; a skipped or disabled document gets a status message, never a modal. The report can export
 * the review page of this check (the same page as `neuroterm check --format html`).
 */
export async function checkMedicalClaims(client: NeuroTermClient, report: ReportView, log: Log, uri?: vscode.Uri): Promise<ClaimsSummary | undefined> {
  // Run from the report tab (no text editor active), the command checks the report's document again.
  const target = uri ?? report.target;
  const document = target && (await vscode.workspace.openTextDocument(target));
  if (!document) {
    vscode.window.setStatusBarMessage('NeuroTerm: open a Markdown document to check it.', 5000);
    return undefined;
  }
  const key = document.uri.toString();
  const path = vscode.workspace.asRelativePath(document.uri);
  const [summary, page] = await Promise.all([
    client.command<ClaimsSummary>(SERVER_COMMANDS.checkMedicalClaims, key),
    client.command<string>(SERVER_COMMANDS.reviewPage, key, path),
  ]);
  const status = client.statusFor(document.uri);
  if (!summary || !page || status?.kind === 'skipped') {
    const why = status?.kind === 'skipped' && status.reason ? status.reason : 'Not checked: NeuroTerm is off or not enabled for this language (neuroterm.enable, neuroterm.languages).';
    vscode.window.setStatusBarMessage(`NeuroTerm: ${why}`, 8000);
    log(`Check Medical Claims: ${key}: ${why}`);
    return undefined;
  }
  const shown = { ...summary, document: path };
  await report.show(document.uri, shown, () => page);
  return shown;
}
