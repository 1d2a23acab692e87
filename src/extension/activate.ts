import * as vscode from 'vscode';
import { checkMedicalClaims } from './check-claims';
import { checkWorkspace } from './check-workspace';
import { NeuroTermClient, languages, type ClientFactory } from './client';
import type { ClientOptions } from '../server/protocol';
import { COMMANDS, ENTRY_SCHEME } from './contract';
import { isChecked } from './documents';
import { entryContentProvider, lookUpTerm, openTerminologyEntry } from './entries';
import { insertGlossary } from './insert-glossary';
import { createLog, guarded } from './log';
import { ReportView } from './report-view';
import { StatusBar } from './status-bar';

/**
 * Wires the extension: the language server does every check, hover, completion and fix; this side
 * keeps the VS Code-only parts (report, status bar, commands) and talks to the server. Everything
 * lives in objects created here and disposed with the extension; no module-level state.
 */
export function activateWith(context: vscode.ExtensionContext, factory: ClientFactory, hostOptions: Partial<ClientOptions> = {}): void {
  const { log, channel } = createLog();
  const client = new NeuroTermClient(factory, log, channel, hostOptions);
  const report = new ReportView(
    (uri) => vscode.commands.executeCommand(COMMANDS.checkMedicalClaims, uri),
    (document) => isChecked(document, languages()),
  );
  // Results of Check Medical Claims in Workspace for files that are not open.
  const workspaceResults = vscode.languages.createDiagnosticCollection('neuroterm-workspace');

  // A failing command logs to the output channel and resolves to undefined; it never throws into VS Code.
  const command = (id: string, run: (arg: unknown) => unknown) =>
    vscode.commands.registerCommand(id, (arg?: unknown) => guarded(log, id, undefined, () => run(arg)));
  context.subscriptions.push(
    channel,
    client,
    report,
    workspaceResults,
    new StatusBar(client),
    vscode.workspace.registerTextDocumentContentProvider(ENTRY_SCHEME, entryContentProvider(client)),
    vscode.workspace.onDidOpenTextDocument((d) => workspaceResults.delete(d.uri)),
    command(COMMANDS.checkMedicalClaims, (uri) => checkMedicalClaims(client, report, log, uri instanceof vscode.Uri ? uri : undefined)),
    command(COMMANDS.exportReviewPage, (target) => report.exportReviewPage(target instanceof vscode.Uri ? target : undefined)),
    command(COMMANDS.checkWorkspace, () => checkWorkspace(client, workspaceResults)),
    command(COMMANDS.insertGlossary, () => insertGlossary(client)),
    command(COMMANDS.lookUpTerm, (id) => lookUpTerm(client, typeof id === 'string' ? id : undefined)),
    command(COMMANDS.openTerminologyEntry, (id) => openTerminologyEntry(client, typeof id === 'string' ? id : undefined)),
  );
  client.ready().catch((error: unknown) => log(`the language server did not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
}
