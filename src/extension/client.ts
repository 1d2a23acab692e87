import * as vscode from 'vscode';
import { ExecuteCommandRequest, type BaseLanguageClient, type LanguageClientOptions } from 'vscode-languageclient';
import { READ_FILE_REQUEST, STATUS_NOTIFICATION, type ClientOptions, type StatusParams } from '../server/protocol';
import { CONFIG_FILES, DIAGNOSTIC_SOURCE, SETTING_DEFAULTS } from './contract';
import { isCheckedScheme } from './documents';
import type { Log } from './log';

/** Makes the platform's language client (a Node process over stdio on the desktop, a web worker in the browser). */
export type ClientFactory = (options: LanguageClientOptions) => BaseLanguageClient;

/**
 * The extension's connection to `neuroterm-ls`: the server checks, hovers, completes and fixes; this
 * object starts it for the `neuroterm.languages`, answers its file reads through `workspace.fs`, keeps
 * the last status per document, and restarts the client when the languages change.
 */
export class NeuroTermClient implements vscode.Disposable {
  private client: BaseLanguageClient | undefined;
  private starting: Promise<BaseLanguageClient> | undefined;
  private readonly statuses = new Map<string, StatusParams>();
  private readonly updated = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidUpdate = this.updated.event;
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly factory: ClientFactory,
    private readonly log: Log,
    private readonly channel: vscode.LogOutputChannel,
    /** Options a host adds for its server (the web worker: where to read the terminology). */
    private readonly hostOptions: Partial<ClientOptions> = {},
  ) {
    this.disposables = [
      this.updated,
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('neuroterm.languages') && void this.restart()),
      vscode.workspace.onDidCloseTextDocument((d) => this.statuses.delete(d.uri.toString()) && this.updated.fire(d.uri)),
    ];
  }

  /** The running client, started on first use. */
  ready(): Promise<BaseLanguageClient> {
    this.starting ??= this.start();
    return this.starting;
  }

  /** Runs a server command; null when the server has no answer. */
  async command<T>(command: string, ...args: unknown[]): Promise<T | null> {
    const client = await this.ready();
    return (await client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args })) as T | null;
  }

  /** The last status the server sent for a document. */
  statusFor(uri: vscode.Uri): StatusParams | undefined {
    return this.statuses.get(uri.toString());
  }

  /** LSP diagnostics (from a server command) as `vscode` diagnostics. */
  async asDiagnostics(diagnostics: unknown[]): Promise<vscode.Diagnostic[]> {
    const client = await this.ready();
    return client.protocol2CodeConverter.asDiagnostics(diagnostics as never);
  }

  private async start(): Promise<BaseLanguageClient> {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/{${[...CONFIG_FILES, '*.yaml', '*.yml'].join(',')}}`);
    this.disposables.push(watcher);
    const initializationOptions: ClientOptions = { readFiles: 'client', status: true, advertiseCommands: false, ...this.hostOptions };
    const client = this.factory({
      documentSelector: languages().map((language) => ({ language })),
      diagnosticCollectionName: DIAGNOSTIC_SOURCE,
      outputChannel: this.channel,
      initializationOptions,
      synchronize: { configurationSection: 'neuroterm', fileEvents: watcher },
      middleware: {
        // Output panes, git diffs and our own entry pages are not the writer's text.
        didOpen: (document, next) => (isCheckedScheme(document.uri) ? next(document) : Promise.resolve()),
      },
    });
    client.onRequest(READ_FILE_REQUEST, async ({ uri }: { uri: string }) => {
      try {
        return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(uri)));
      } catch {
        return null;
      }
    });
    client.onNotification(STATUS_NOTIFICATION, (status: StatusParams) => {
      this.statuses.set(vscode.Uri.parse(status.uri).toString(), status);
      this.updated.fire(vscode.Uri.parse(status.uri));
    });
    await client.start();
    this.client = client;
    return client;
  }

  private async restart(): Promise<void> {
    const old = this.starting;
    this.starting = undefined;
    this.statuses.clear();
    try {
      await (await old)?.stop();
    } catch (error) {
      this.log(`stopping the language server failed: ${String(error)}`);
    }
    await this.ready();
  }

  dispose(): void {
    void this.client?.stop();
    for (const d of this.disposables) d.dispose();
  }
}

/** The `neuroterm.languages` setting (the documents the server is sent). */
export function languages(): string[] {
  const value = vscode.workspace.getConfiguration('neuroterm').get<unknown>('languages');
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : SETTING_DEFAULTS.languages;
}
