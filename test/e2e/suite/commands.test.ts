// The commands, run through VS Code's command service as the palette runs them.
import * as vscode from 'vscode';
import { COMMANDS } from '../../../src/extension/contract';
import { equal, ok } from './check';
import { activateExtension, neurotermDiagnostics, openFile, waitForDiagnostics } from './vscode-helpers';

/** The parts of the command's return value this suite reads (src/core/editor/report.ts). */
interface ClaimsSummary {
  total: number;
  bySeverity: Record<string, number>;
  byCategory: Record<string, number | undefined>;
  findings: { ruleId: string; message: string }[];
}

describe('Check Medical Claims', () => {
  before(activateExtension);

  it('is registered under the contract id', async () => {
    const all = await vscode.commands.getCommands(true);
    ok(all.includes(COMMANDS.checkMedicalClaims), `${COMMANDS.checkMedicalClaims} is registered`);
  });

  it('returns a summary that counts the findings by category and severity', async () => {
    const doc = await openFile('claims.md');
    const summary = await vscode.commands.executeCommand<ClaimsSummary>(COMMANDS.checkMedicalClaims);
    ok(summary, 'the command returns its summary');
    equal(summary.byCategory['anatomy-misclassification'], 1, 'anatomy-misclassification count');
    equal(summary.byCategory['spelling'], 1, 'spelling count');
    const severities = Object.values(summary.bySeverity).reduce((a, b) => a + b, 0);
    equal(severities, summary.total, 'severity counts add up to the total');
    equal(summary.findings.length, summary.total, 'one finding per counted problem');
    // The same findings land in Problems.
    const ds = await waitForDiagnostics(doc.uri, (d) => d.length === summary.total, `${summary.total} diagnostics`);
    equal(neurotermDiagnostics(doc.uri).length, ds.length, 'diagnostics in Problems');
  });

  it('run from the report tab, checks the report\'s document again', async () => {
    const doc = await openFile('claims.md');
    const first = await vscode.commands.executeCommand<ClaimsSummary & { document: string }>(COMMANDS.checkMedicalClaims);
    ok(first, 'checked from the editor');
    await vscode.commands.executeCommand('workbench.action.focusSecondEditorGroup');
    equal(vscode.window.activeTextEditor, undefined, 'the report (a webview) has focus');
    const again = await vscode.commands.executeCommand<ClaimsSummary & { document: string }>(COMMANDS.checkMedicalClaims);
    ok(again, 'checked from the report tab');
    equal(again.document, first.document, 'the same document');
    equal(again.total, first.total, 'the same findings');
    await vscode.window.showTextDocument(doc);
  });

  it('run while another non-text editor has focus, checks the last active Markdown document, not the report\'s', async () => {
    await openFile('claims.md');
    const first = await vscode.commands.executeCommand<ClaimsSummary & { document: string }>(COMMANDS.checkMedicalClaims);
    ok(first, 'the report is made for claims.md');
    const doc = await openFile('clean.md');
    await vscode.commands.executeCommand('workbench.action.openSettings2');
    equal(vscode.window.activeTextEditor, undefined, 'the settings editor (not text) has focus');
    const again = await vscode.commands.executeCommand<ClaimsSummary & { document: string }>(COMMANDS.checkMedicalClaims);
    ok(again, 'checked from the settings editor');
    equal(again.document, 'clean.md', 'the last active Markdown document');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.window.showTextDocument(doc);
  });

  it('exports the review page of the last check: one row per finding, next to the document', async () => {
    const doc = await openFile('claims.md');
    const summary = await vscode.commands.executeCommand<ClaimsSummary>(COMMANDS.checkMedicalClaims);
    ok(summary, 'checked');
    const target = vscode.Uri.joinPath(doc.uri, '..', 'review-claims.html');
    const written = await vscode.commands.executeCommand<vscode.Uri>(COMMANDS.exportReviewPage, target);
    equal(written?.toString(), target.toString(), 'written where asked');
    const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    ok(html.startsWith('<!DOCTYPE html>'), 'an HTML page');
    equal(html.match(/<tr id="d1-f\d+"/g)?.length, summary.total, 'one row per finding');
    await vscode.workspace.fs.delete(target);
  });
});
