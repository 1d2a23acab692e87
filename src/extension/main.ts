import * as vscode from 'vscode';
import type { TermIndex } from '../core/index';
import { checkMedicalClaims } from './check-claims';
import { checkWorkspace } from './check-workspace';
import { CODE_ACTION_KINDS, codeActionProvider } from './code-actions';
import { completionProvider } from './completion-provider';
import { Configuration } from './configuration';
import { COMMANDS, ENTRY_SCHEME, SETTING_DEFAULTS, type RunMode } from './contract';
import { DiagnosticsController } from './diagnostics';
import { entryContentProvider, lookUpTerm, openTerminologyEntry, type EntryContext } from './entries';
import { hoverProvider } from './hover-provider';
import { insertGlossary } from './insert-glossary';
import { createLog, guarded } from './log';
import { ReportView } from './report-view';
import { StatusBar } from './status-bar';
import { Terminology } from './terminology';

/**
 * Wires the features together. Everything lives in objects created here and disposed with the
 * extension; no module-level state. The terminology index is built on first use, not here.
 */
export function activate(context: vscode.ExtensionContext): void {
  const { log, channel } = createLog();
  const config = new Configuration(log);
  const terminology = new Terminology(log);
  const diagnostics = new DiagnosticsController(config, terminology, log);
  const report = new ReportView(
    (uri) => vscode.commands.executeCommand(COMMANDS.checkMedicalClaims, uri),
    (document) => languages().includes(document.languageId),
  );
  const subscriptions = context.subscriptions;
  subscriptions.push(channel, config, terminology, diagnostics, report, new StatusBar(diagnostics));

  // Hover and completion read the chunks the document's Linter already analysed.
  const blocks = (uri: vscode.Uri, terms: TermIndex) => diagnostics.blocksFor(uri, terms);
  let registered = new vscode.Disposable(() => undefined);
  const registerLanguageFeatures = () => {
    registered.dispose();
    const selector = languages().map((language) => ({ language }));
    registered = vscode.Disposable.from(
      vscode.languages.registerHoverProvider(selector, hoverProvider(config, terminology, log, blocks)),
      vscode.languages.registerCompletionItemProvider(selector, completionProvider(config, terminology, log, blocks)),
      vscode.languages.registerCodeActionsProvider(selector, codeActionProvider(diagnostics, log), { providedCodeActionKinds: CODE_ACTION_KINDS }),
    );
  };
  registerLanguageFeatures();
  subscriptions.push({ dispose: () => registered.dispose() });

  // A failing command logs to the output channel and resolves to undefined; it never throws into VS Code.
  const command = (id: string, run: (arg: unknown) => unknown) =>
    vscode.commands.registerCommand(id, (arg?: unknown) => guarded(log, id, undefined, () => run(arg)));
  const entryContext: EntryContext = async () => {
    const uri = vscode.window.activeTextEditor?.document.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri;
    const resolved = uri ? await config.forUri(uri) : undefined;
    return { terms: await terminology.forFiles(resolved?.terminologyFiles ?? []), audience: resolved?.settings.audience ?? 'patient' };
  };
  const checkAll = () => vscode.workspace.textDocuments.forEach((d) => void diagnostics.check(d));
  subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(ENTRY_SCHEME, entryContentProvider(entryContext)),
    vscode.workspace.onDidOpenTextDocument((d) => void diagnostics.check(d)),
    vscode.workspace.onDidChangeTextDocument((e) => runMode(e.document.uri) === 'onType' && e.contentChanges.length > 0 && diagnostics.schedule(e.document)),
    vscode.workspace.onDidSaveTextDocument((d) => runMode(d.uri) === 'onSave' && void diagnostics.check(d)),
    vscode.workspace.onDidCloseTextDocument((d) => diagnostics.forget(d.uri)),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('neuroterm.languages') && registerLanguageFeatures()),
    config.onDidChange(checkAll),
    terminology.onDidChange(checkAll),
    command(COMMANDS.checkMedicalClaims, (uri) => checkMedicalClaims(config, diagnostics, report, terminology, log, uri instanceof vscode.Uri ? uri : undefined)),
    command(COMMANDS.exportReviewPage, (target) => report.exportReviewPage(target instanceof vscode.Uri ? target : undefined)),
    command(COMMANDS.checkWorkspace, () => checkWorkspace(diagnostics, config, terminology, log)),
    command(COMMANDS.insertGlossary, () => insertGlossary(config, terminology)),
    command(COMMANDS.lookUpTerm, (id) => lookUpTerm(entryContext, typeof id === 'string' ? id : undefined)),
    command(COMMANDS.openTerminologyEntry, (id) => openTerminologyEntry(entryContext, typeof id === 'string' ? id : undefined)),
  );
  checkAll();
}

export function deactivate(): void {}

function languages(): string[] {
  const value = vscode.workspace.getConfiguration('neuroterm').get<unknown>('languages');
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : SETTING_DEFAULTS.languages;
}

function runMode(uri: vscode.Uri): RunMode {
  return vscode.workspace.getConfiguration('neuroterm', uri).get<RunMode>('run') === 'onSave' ? 'onSave' : 'onType';
}
