import * as vscode from 'vscode';
import { version } from '../../package.json';
import { abbreviationTable, documentReadability, reviewPage, summarizeFindings, utcMinute, type ClaimsSummary } from '../core/index';
import type { Configuration } from './configuration';
import type { DiagnosticsController } from './diagnostics';
import { formatOf } from './documents';
import type { Log } from './log';
import type { ReportView } from './report-view';
import type { Terminology } from './terminology';

/**
 * Check Medical Claims: checks the active document (or `uri`) with every rule, updates Problems,
 * shows the report and returns the summary (the e2e tests read it). Undefined when there is no
 * document to check; a skipped or disabled document gets a status message, never a modal. The
 * report can export the review page of this check (the same page as `neuroterm check --format html`).
 */
export async function checkMedicalClaims(
  config: Configuration,
  diagnostics: DiagnosticsController,
  report: ReportView,
  terminology: Terminology,
  log: Log,
  uri?: vscode.Uri,
): Promise<ClaimsSummary | undefined> {
  // Run from the report tab (no text editor active), the command checks the report's document again.
  const target = uri ?? report.target;
  const document = target && (await vscode.workspace.openTextDocument(target));
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
  const terms = await terminology.forFiles((await config.forUri(document.uri)).terminologyFiles);
  const text = document.getText();
  const abbreviations = abbreviationTable(text, terms, formatOf(document));
  const summary = summarizeFindings(vscode.workspace.asRelativePath(document.uri), result.findings, readability, abbreviations);
  const page = (): string =>
    reviewPage({ documents: [{ path: summary.document, text, findings: summary.findings, format: formatOf(document) }], generated: utcMinute(new Date()), toolVersion: version, terms });
  report.show(document.uri, summary, page);
  return summary;
}
