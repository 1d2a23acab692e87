import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { NODE_FILE_HOST } from '../../src/server/node-host';
import { READ_FILE_REQUEST, STATUS_NOTIFICATION, type StatusParams } from '../../src/server/protocol';
import { NeuroTermServer } from '../../src/server/server';
import { StreamMessageReader, StreamMessageWriter, createMessageConnection, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver';

/** A real LSP client over stdio for tests and the benchmark: JSON-RPC messages to `neuroterm-ls --stdio`. */
export interface LspClient {
  connection: MessageConnection;
  /** Undefined when the server runs in this process. */
  process?: ChildProcess;
  /** Server log lines (`window/logMessage`). */
  logs: string[];
  /**
   * Resolves with the diagnostics for `uri` once a check of `version` or later (or any version) is
   * done: the ones it published, or, when the server left unchanged diagnostics unpublished (it says
   * so in `neuroterm/status`, sent by default here), the last ones published.
   */
  diagnostics(uri: string, version?: number, timeoutMs?: number): Promise<Diagnostic[]>;
  /** How many `publishDiagnostics` notifications arrived so far. */
  publishCount(): number;
  stop(): Promise<void>;
}

const ROOT = resolve(__dirname, '../..');

/**
 * Starts the server: the TypeScript source through tsx by default (tests need no build), or the
 * bundle with `bundle: true` (the benchmark measures what ships).
 */
export async function startServer(
  options: { bundle?: boolean; inProcess?: boolean; initializationOptions?: unknown; settings?: unknown; workspaceFolders?: string[]; files?: Record<string, string> } = {},
): Promise<LspClient> {
  let child: ChildProcess | undefined;
  // NEUROTERM_LS_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server (Node refuses --cpu-prof in NODE_OPTIONS).
  const nodeArgs = process.env.NEUROTERM_LS_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  let connection: MessageConnection;
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  if (options.inProcess) {
    // The same messages through in-memory pipes: fast, and a test can reach into the process.
    new NeuroTermServer(createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient)), NODE_FILE_HOST).listen();
    connection = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  } else {
    const args = [...nodeArgs, ...(options.bundle ? [resolve(ROOT, 'dist/server.js'), '--stdio'] : ['--import', 'tsx', resolve(ROOT, 'src/server/main.ts'), '--stdio'])];
    child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
    connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  }
  const logs: string[] = [];
  const waiting: Array<{ uri: string; version?: number; done: (d: Diagnostic[]) => void }> = [];
  connection.onNotification('window/logMessage', (p: { message: string }) => void logs.push(p.message));
  const latest = new Map<string, Diagnostic[]>();
  let publishes = 0;
  const settle = (uri: string, version: number | undefined, diagnostics: Diagnostic[]) => {
    for (let i = waiting.length - 1; i >= 0; i--) {
      const w = waiting[i]!;
      if (w.uri === uri && (w.version === undefined || (version ?? 0) >= w.version)) {
        waiting.splice(i, 1);
        w.done(diagnostics);
      }
    }
  };
  connection.onNotification(STATUS_NOTIFICATION, (s: StatusParams) => {
    if (s.published === false) settle(s.uri, s.version, latest.get(s.uri) ?? []);
  });
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    latest.set(p.uri, p.diagnostics);
    publishes++;
    settle(p.uri, p.version, p.diagnostics);
  });
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => options.settings ?? null));
  // As the VS Code client answers `neuroterm/readFile` from workspace.fs: here from an in-memory folder.
  connection.onRequest(READ_FILE_REQUEST, (p: { uri: string }) => options.files?.[p.uri] ?? null);
  connection.listen();
  await connection.sendRequest('initialize', {
    // In process, a process id would start the server's parent-process watch timer, keeping the test alive.
    processId: options.inProcess ? null : process.pid,
    rootUri: null,
    workspaceFolders: options.workspaceFolders?.map((uri) => ({ uri, name: uri })) ?? null,
    capabilities: { workspace: { configuration: options.settings !== undefined } },
    // Status notifications tell when a check that published nothing new is done. Settings given
    // without a `neuroterm` key sit beside it; the server ignores keys it does not know.
    initializationOptions: { status: true, ...(options.initializationOptions as object | undefined) },
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    process: child,
    logs,
    diagnostics: (uri, version, timeoutMs = 20_000) =>
      new Promise((resolvePromise, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version} in ${timeoutMs} ms`)), timeoutMs);
        waiting.push({ uri, version, done: (d) => (clearTimeout(timer), resolvePromise(d)) });
      }),
    publishCount: () => publishes,
    stop: async () => {
      await connection.sendRequest('shutdown').catch(() => undefined);
      // An in-process server answers `exit` with process.exit, which would end the test run.
      if (child) await connection.sendNotification('exit').catch(() => undefined);
      // A profiled server writes its profile as it exits: give it the time.
      if (child && nodeArgs.length > 0) await new Promise((done) => (child!.once('exit', done), setTimeout(done, 30_000)));
      connection.dispose();
      toServer.end();
      toClient.end();
      child?.kill();
    },
  };
}

/** Opens a document and returns its first diagnostics. */
export async function openDocument(client: LspClient, uri: string, text: string, languageId = 'markdown'): Promise<Diagnostic[]> {
  const published = client.diagnostics(uri, 1);
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  return published;
}
