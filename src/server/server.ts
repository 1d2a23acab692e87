import { TextDocumentSyncKind, type Connection, type Diagnostic, type InitializeParams, type InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { abbreviationTable, Linter, buildGlossary, editorFindings, type Finding, checkText, documentReadability, findMentions, formatOfLanguage, summarizeFindings } from '../core/index';
import { FIX_ALL_KIND } from '../extension/contract';
import { toDiagnostic, skippedDiagnostic } from './convert';
import { applyChanges, pendingChange, settle, type OpenDocument } from './documents';
import { codeActions, completion, hover, itemUri, resolveCompletion, type FeatureContext } from './features';
import { ProjectConfigs, documentConfig, editorSettings, type DocumentConfig } from './settings';
import type { ExtensionSettings } from '../extension/contract';

/** Command ids the server executes (`workspace/executeCommand`); the same ids as the VS Code commands. */
export const SERVER_COMMANDS = { checkMedicalClaims: 'neuroterm.checkMedicalClaims', glossary: 'neuroterm.glossary' } as const;

/**
 * The NeuroTerm language server over one connection: incremental sync, push diagnostics, hover,
 * completion with resolve, code actions and two commands. All state lives in this object.
 * Every handler catches: a failure is logged and answered with nothing, never a crash.
 */
export class NeuroTermServer {
  private readonly open = new Map<string, OpenDocument>();
  private readonly configs = new Map<string, DocumentConfig>();
  private readonly projects: ProjectConfigs;
  private initial: unknown;
  private pullSettings = false;
  private readonly editorByUri = new Map<string, ExtensionSettings>();

  constructor(private readonly connection: Connection) {
    this.projects = new ProjectConfigs((line) => this.log(line));
  }

  private log(line: string): void {
    this.connection.console.log(line);
  }

  listen(): void {
    const c = this.connection;
    c.onInitialize((params) => this.initialize(params));
    c.onInitialized(() => undefined);
    c.onDidOpenTextDocument(({ textDocument: t }) => {
      this.open.set(t.uri, { document: TextDocument.create(t.uri, t.languageId, t.version, t.text), findings: [], generation: 0, lost: false, diagnostics: new WeakMap() });
      void this.check(t.uri);
    });
    c.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
      const open = this.open.get(textDocument.uri);
      if (!open) return;
      applyChanges(open, contentChanges, textDocument.version);
      void this.check(textDocument.uri);
    });
    c.onDidCloseTextDocument(({ textDocument }) => {
      this.open.delete(textDocument.uri);
      this.configs.delete(textDocument.uri);
      void c.sendDiagnostics({ uri: textDocument.uri, diagnostics: [] });
    });
    c.onDidChangeConfiguration((params) => {
      const settings = (params.settings as { neuroterm?: unknown } | null)?.neuroterm;
      if (settings !== undefined) this.initial = settings;
      this.reload();
    });
    c.onDidChangeWatchedFiles(() => {
      this.projects.reset();
      this.reload();
    });
    c.onHover(({ textDocument, position }) => this.guard('hover', null, () => {
      const ctx = this.context(textDocument.uri);
      return ctx ? hover(ctx, ctx.document.offsetAt(position)) : null;
    }));
    c.onCompletion(({ textDocument, position }) => this.guard('completion', null, () => {
      const ctx = this.context(textDocument.uri);
      return ctx ? completion(ctx, ctx.document.offsetAt(position)) : null;
    }));
    c.onCompletionResolve((item) => this.guard('completion resolve', item, () => resolveCompletion(item, this.configs.get(itemUri(item) ?? '')?.terms ?? this.projects.termsFor([]))));
    c.onCodeAction((params) => this.guard('code actions', [], () => {
      const ctx = this.context(params.textDocument.uri);
      return ctx ? codeActions(ctx, params) : [];
    }));
    c.onExecuteCommand(({ command, arguments: args }) => this.guard(command, null, () => this.command(command, args?.[0])));
    c.listen();
  }

  private initialize(params: InitializeParams): InitializeResult {
    const options = params.initializationOptions as { neuroterm?: unknown } | undefined;
    this.initial = options?.neuroterm ?? options;
    this.pullSettings = params.capabilities.workspace?.configuration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        completionProvider: { resolveProvider: true, triggerCharacters: [] },
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND] },
        executeCommandProvider: { commands: Object.values(SERVER_COMMANDS) },
      },
      serverInfo: { name: 'neuroterm-ls' },
    };
  }

  /** Settings changed: forget resolved configs and check every open document again. */
  private reload(): void {
    this.configs.clear();
    this.editorByUri.clear();
    for (const uri of this.open.keys()) void this.check(uri);
  }

  private async editorSettingsFor(uri: string): Promise<ExtensionSettings> {
    const cached = this.editorByUri.get(uri);
    if (cached) return cached;
    let raw = this.initial;
    if (this.pullSettings) {
      try {
        raw = (await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'neuroterm' })) ?? raw;
      } catch (error) {
        this.log(`workspace/configuration failed: ${String(error)}; using the initialization options.`);
      }
    }
    const settings = editorSettings(raw, (line) => this.log(line));
    this.editorByUri.set(uri, settings);
    return settings;
  }

  private async configFor(uri: string): Promise<DocumentConfig> {
    const cached = this.configs.get(uri);
    if (cached) return cached;
    const config = documentConfig(uri, await this.editorSettingsFor(uri), this.projects, (line) => this.log(line));
    this.configs.set(uri, config);
    return config;
  }

  /**
   * Checks the document's current text and publishes. A newer edit meanwhile drops this result; a
   * failed check is logged and the last good diagnostics stay.
   */
  private async check(uri: string): Promise<void> {
    const open = this.open.get(uri);
    if (!open) return;
    const generation = open.generation;
    try {
      const config = await this.configFor(uri);
      if (this.open.get(uri) !== open || open.generation !== generation) return;
      const { document } = open;
      if (!config.settings.enable) return this.publish(open, [], []);
      if (!open.linter || open.linter.terms !== config.terms) open.linter = { linter: new Linter(config.terms), terms: config.terms };
      const request = { settings: config.lint, languages: config.settings.languages, maxFileSize: config.settings.maxFileSize, ignored: config.ignored, change: pendingChange(open) };
      const result = checkText(document.getText(), document.languageId, request, open.linter.linter);
      if (result.kind === 'error') {
        settle(open, false);
        this.log(`checking ${uri} failed, the last diagnostics stay: ${result.cause instanceof Error ? (result.cause.stack ?? result.message) : result.message}`);
        return;
      }
      if (result.kind === 'checked') {
        settle(open, true);
        // Fold repeats and cap (errors first), so editors with a marker limit never drop a new mistake.
        this.publish(open, result.findings, editorFindings(result.findings).shown.map((f) => diagnosticOf(open, f)));
      } else this.publish(open, [], result.kind === 'skipped' ? [skippedDiagnostic(result.reason)] : []);
    } catch (error) {
      this.log(`checking ${uri} failed, the last diagnostics stay: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }

  private publish(open: OpenDocument, findings: OpenDocument['findings'], diagnostics: Parameters<Connection['sendDiagnostics']>[0]['diagnostics']): void {
    open.findings = findings;
    void this.connection.sendDiagnostics({ uri: open.document.uri, version: open.document.version, diagnostics });
  }

  private context(uri: string): FeatureContext | undefined {
    const open = this.open.get(uri);
    const config = this.configs.get(uri);
    if (!open || !config || !config.settings.enable || !config.settings.languages.includes(open.document.languageId)) return undefined;
    const linter = open.linter?.terms === config.terms ? open.linter.linter : undefined;
    return { document: open.document, config, blocks: linter, findings: open.findings };
  }

  /** `neuroterm.checkMedicalClaims` returns the report data; `neuroterm.glossary` returns the glossary Markdown. */
  private command(command: string, uri: unknown): unknown {
    const ctx = typeof uri === 'string' ? this.context(uri) : undefined;
    if (!ctx) return null;
    const text = ctx.document.getText();
    const format = formatOfLanguage(ctx.document.languageId);
    if (command === SERVER_COMMANDS.checkMedicalClaims) {
      const readability = { report: documentReadability(text, format), target: ctx.config.settings.readabilityTarget };
      return summarizeFindings(ctx.document.uri, ctx.findings.slice(), readability, abbreviationTable(text, ctx.config.terms, format));
    }
    if (command === SERVER_COMMANDS.glossary) return buildGlossary(findMentions(text, ctx.config.terms, format), ctx.config.terms, { audience: ctx.config.settings.audience });
    return null;
  }

  private guard<T>(what: string, fallback: T, run: () => T): T {
    try {
      return run();
    } catch (error) {
      this.log(`${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return fallback;
    }
  }
}

function diagnosticOf(open: OpenDocument, finding: Finding): Diagnostic {
  let diagnostic = open.diagnostics.get(finding);
  if (!diagnostic) open.diagnostics.set(finding, (diagnostic = toDiagnostic(finding, open.document.uri)));
  return diagnostic;
}
