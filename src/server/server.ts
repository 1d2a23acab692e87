import { TextDocumentSyncKind, type Connection, type Diagnostic, type InitializeParams, type InitializeResult } from 'vscode-languageserver';
import { Linter, checkText, editorChunks, type ChunkedFindings, type Finding, type PackedTerminology } from '../core/index';
import { FIX_ALL_KIND } from '../extension/contract';
import { ServerCommands } from './commands';
import { problemDiagnostic, sameDiagnostics, skippedDiagnostic } from './convert';
import { DiagnosticCache } from './diagnostic-cache';
import { applyChanges, EditedDocument, pendingChange, settle, type DocumentView, type OpenDocument } from './documents';
import { codeActions, completion, hover, itemUri, resolveCompletion, type FeatureContext } from './features';
import { clientFileHost, type FileHost } from './host';
import { ProjectFiles } from './project';
import { SERVER_COMMANDS, STATUS_NOTIFICATION, type ClientOptions, type StatusParams } from './protocol';
import { documentConfig, editorSettings, type DocumentConfig } from './settings';
import { measureGrade } from './status';
import type { ExtensionSettings } from '../extension/contract';

/**
 * The NeuroTerm language server over one connection: incremental sync, push diagnostics, hover,
 * completion with resolve, code actions and commands. All state lives in this object. Files it does
 * not hold open are read through `host` (disk for `neuroterm-ls`, the client in a web worker).
 * Every handler catches: a failure is logged and answered with nothing, never a crash.
 */
export class NeuroTermServer {
  private readonly open = new Map<string, OpenDocument>();
  private readonly configs = new Map<string, DocumentConfig>();
  private project!: ProjectFiles;
  private host!: FileHost;
  private initial: unknown;
  private pullSettings = false;
  private options: ClientOptions = {};
  private folders: string[] = [];
  private readonly editorByUri = new Map<string, Promise<ExtensionSettings>>();
  private readonly commands = new ServerCommands(this);

  /** `importTerminology`: a build without the terminology (the web worker) loads it from the URL the client sends. */
  constructor(
    private readonly connection: Connection,
    private readonly diskHost?: FileHost,
    private readonly importTerminology?: (url: string) => Promise<PackedTerminology>,
  ) {}

  log(line: string): void {
    this.connection.console.log(line);
  }

  listen(): void {
    const c = this.connection;
    c.onInitialize((params) => this.initialize(params));
    c.onInitialized(() => undefined);
    c.onDidOpenTextDocument(({ textDocument: t }) => {
      this.open.set(t.uri, { document: EditedDocument.create(t.uri, t.languageId, t.version, t.text), generation: 0, lost: false, diagnostics: new DiagnosticCache(), cursorLine: 0 });
      this.check(t.uri, true);
    });
    c.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
      const open = this.open.get(textDocument.uri);
      if (!open) return;
      applyChanges(open, contentChanges, textDocument.version);
      if (this.configs.get(textDocument.uri)?.settings.run !== 'onSave') this.check(textDocument.uri, false, true);
    });
    c.onDidSaveTextDocument(({ textDocument }) => {
      const open = this.open.get(textDocument.uri);
      if (open) this.check(textDocument.uri, true);
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
      this.project.reset();
      this.reload();
    });
    c.onHover(({ textDocument, position }) => this.guard('hover', null, async () => {
      const ctx = await this.context(textDocument.uri);
      return ctx ? hover(ctx, ctx.document.offsetAt(position)) : null;
    }));
    c.onCompletion(({ textDocument, position }) => this.guard('completion', null, async () => {
      const ctx = await this.context(textDocument.uri);
      return ctx ? completion(ctx, ctx.document.offsetAt(position)) : null;
    }));
    c.onCompletionResolve((item) => this.guard('completion resolve', item, () => resolveCompletion(item, this.configs.get(itemUri(item) ?? '')?.terms ?? this.project.bundledTerms())));
    c.onCodeAction((params) => this.guard('code actions', [], async () => {
      const ctx = await this.context(params.textDocument.uri);
      return ctx ? codeActions(ctx, params) : [];
    }));
    c.onExecuteCommand(({ command, arguments: args }) => this.guard(command, null, () => this.commands.run(command, args ?? [])));
    c.listen();
  }

  private initialize(params: InitializeParams): InitializeResult {
    const options = (params.initializationOptions ?? {}) as { neuroterm?: unknown } & ClientOptions;
    this.initial = options.neuroterm ?? options;
    this.options = options;
    this.pullSettings = params.capabilities.workspace?.configuration === true;
    this.folders = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (this.folders.length === 0 && params.rootUri) this.folders = [params.rootUri];
    const host = options.readFiles === 'client' || !this.diskHost ? clientFileHost(this.connection) : this.diskHost;
    this.host = host;
    this.project = new ProjectFiles(
      host,
      (line) => this.log(line),
      (uri, problems) => {
        void this.connection.sendDiagnostics({ uri, diagnostics: problems.map(problemDiagnostic) });
      },
      options.terminology && this.importTerminology ? () => this.importTerminology!(options.terminology!) : undefined,
    );
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        completionProvider: { resolveProvider: true, triggerCharacters: [] },
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND] },
        ...(options.advertiseCommands === false ? {} : { executeCommandProvider: { commands: Object.values(SERVER_COMMANDS) } }),
      },
      serverInfo: { name: 'neuroterm-ls' },
    };
  }

  /** Settings changed: forget resolved configs and check every open document again. */
  private reload(): void {
    this.configs.clear();
    this.editorByUri.clear();
    for (const uri of this.open.keys()) this.check(uri);
  }

  private editorSettingsFor(uri: string): Promise<ExtensionSettings> {
    let pending = this.editorByUri.get(uri);
    if (!pending) {
      pending = (async () => {
        let raw = this.initial;
        if (this.pullSettings) {
          try {
            raw = (await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'neuroterm' })) ?? raw;
          } catch (error) {
            this.log(`workspace/configuration failed: ${String(error)}; using the initialization options.`);
          }
        }
        return editorSettings(raw, (line) => this.log(line));
      })();
      this.editorByUri.set(uri, pending);
    }
    return pending;
  }

  /** The configuration of `uri` (open or not). */
  async configFor(uri: string): Promise<DocumentConfig> {
    const cached = this.configs.get(uri);
    if (cached) return cached;
    const config = await documentConfig(uri, await this.editorSettingsFor(uri), this.project, this.folders);
    if (this.open.has(uri)) this.configs.set(uri, config);
    return config;
  }

  /**
   * Starts a check of the open document; commands and features wait for it through `open.pending`.
   * After an edit, diagnostics equal to the last published are not sent again (`edit`).
   */
  private check(uri: string, measure = false, edit = false): void {
    const open = this.open.get(uri);
    if (open) open.pending = this.runCheck(uri, open, measure, edit);
  }

  /**
   * Checks the document's current text and publishes. A newer edit meanwhile drops this result; a
   * failed check is logged and the last good diagnostics stay.
   */
  private async runCheck(uri: string, open: OpenDocument, measure: boolean, edit: boolean): Promise<void> {
    const generation = open.generation;
    try {
      const config = await this.configFor(uri);
      if (this.open.get(uri) !== open || open.generation !== generation) return;
      const { document } = open;
      if (!config.settings.enable) return this.publish(open, { kind: 'disabled' }, [], edit);
      if (!open.linter || open.linter.terms !== config.terms) open.linter = { linter: new Linter(config.terms), terms: config.terms };
      const request = { settings: config.lint, languages: config.settings.languages, maxFileSize: config.settings.maxFileSize, ignored: config.ignored, change: pendingChange(open) };
      const result = checkText(document.text, document.languageId, request, open.linter.linter);
      if (result.kind === 'error') {
        settle(open, false);
        this.log(`checking ${uri} failed, the last diagnostics stay: ${result.cause instanceof Error ? (result.cause.stack ?? result.message) : result.message}`);
        return;
      }
      if (measure || open.grade === undefined) open.grade = measureGrade(document);
      if (result.kind === 'checked') {
        settle(open, true);
        // Fold repeats and cap (errors and findings near the last edit first), so a new mistake is always underlined.
        const selected = editorChunks(result.chunked.chunks, { cursorLine: open.cursorLine });
        this.publish(open, { kind: 'checked', chunked: result.chunked, heldBack: selected.heldBack }, open.diagnostics.diagnostics(selected.shown, document), edit);
      } else this.publish(open, result, result.kind === 'skipped' ? [skippedDiagnostic(result.reason)] : [], edit);
    } catch (error) {
      this.log(`checking ${uri} failed, the last diagnostics stay: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }

  private publish(open: OpenDocument, result: { kind: 'checked'; chunked: ChunkedFindings; heldBack: number } | { kind: 'skipped'; reason: string } | { kind: 'disabled' }, diagnostics: Diagnostic[], edit: boolean): void {
    open.findings = result.kind === 'checked' ? result.chunked : undefined;
    const { uri, version } = open.document;
    // Most keystrokes change no diagnostic (LSP positions are lines and columns): sending 500 of
    // them again would cost both processes more than the check itself.
    const published = !edit || !open.published || !sameDiagnostics(open.published, diagnostics);
    if (published) void this.connection.sendDiagnostics({ uri, version, diagnostics });
    open.published = diagnostics;
    if (!this.options.status) return;
    const status: StatusParams = {
      uri,
      version,
      published,
      kind: result.kind,
      count: open.findings?.count ?? 0,
      heldBack: result.kind === 'checked' ? result.heldBack : 0,
      ...(result.kind === 'skipped' ? { reason: result.reason } : {}),
      ...(open.grade === null || open.grade === undefined ? {} : { grade: open.grade }),
    };
    void this.connection.sendNotification(STATUS_NOTIFICATION, status);
  }

  /** What features and commands need of an open document, once its pending check has finished. */
  async context(uri: string): Promise<FeatureContext | undefined> {
    const open = this.open.get(uri);
    if (!open) return undefined;
    await open.pending;
    const config = this.configs.get(uri) ?? (await this.configFor(uri));
    if (!config.settings.enable || !config.settings.languages.includes(open.document.languageId)) return undefined;
    const linter = open.linter?.terms === config.terms ? open.linter.linter : undefined;
    const checked = open.findings;
    // Placed on first read: hover and completion never need the document's findings in one list.
    return {
      document: open.document,
      config,
      blocks: linter,
      get findings() {
        return checked?.findings() ?? [];
      },
    };
  }

  /** A file's text through the host (disk or client). */
  readText(uri: string): Promise<string | undefined> {
    return this.host.readText(uri);
  }

  /** The open document at `uri`, if any. */
  openDocument(uri: string): DocumentView | undefined {
    return this.open.get(uri)?.document;
  }

  private async guard<T>(what: string, fallback: T, run: () => T | Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      this.log(`${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return fallback;
    }
  }
}
