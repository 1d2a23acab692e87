import * as vscode from 'vscode';
import { documentReadability, summarizeFindings, type ClaimsSummary } from '../core/index';
import type { Configuration } from './configuration';
import type { DiagnosticsController } from './diagnostics';
import { formatOf } from './documents';
import type { Log } from './log';
import type { ReportView } from './report-view';

/**
 * Check Medical Claims: checks the active document (or `uri`) with every rule, updates Problems,
 * shows the report and returns the summary (the e2e tests read it). Undefined when there is no
 * document to check; a skipped or disabled document gets a status message, never a modal.
 */
export async function checkMedicalClaims(
  config: Configuration,
  diagnostics: DiagnosticsController,
  report: ReportView,
  log: Log,
  uri?: vscode.Uri,
): Promise<ClaimsSummary | undefined> {
  const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document) {
    vscode.window.setStatusBarMessage('NeuroTerm: open a Markdown document to check it.', 5000);
    return undefined;
  }
  const result = await diagnostics.check(document);
  if (result.kind !== 'checked') {
    const why = result.kind === 'skipped' ? result.reason : 'Not checked: NeuroTerm is off or not enabled for this language (neuroterm.enable, neuroterm.languages).';
    vscode.window.setStatusBarMessage(`NeuroTerm: ${why}`, 8000);
    log(`Check Medical Claims: ${document.uri.toString()}: ${why}`);
    return undefined;
  }
  const { settings } = await config.forUri(document.uri);
  const readability = { report: documentReadability(document.getText(), formatOf(document)), target: settings.readabilityTarget };
  const summary = summarizeFindings(vscode.workspace.asRelativePath(document.uri), result.findings, readability);
  report.show(document.uri, summary);
  return summary;
}
