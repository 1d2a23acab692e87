import * as vscode from 'vscode';
import bundled from '../generated/terminology.json';
import { TermIndex, formatProblem, loadUserTerminology, type TerminologyIndex, type UserTerminologyFile } from '../core/index';
import { problemDiagnostic } from './convert';
import type { Log } from './log';

/**
 * Owns the term indexes. The bundled index is built on first use, not at activation, so
 * activation stays fast. An index with user terminology files (read through `workspace.fs`,
 * merged by the core's `loadUserTerminology`) is built once per set of files and rebuilt when one
 * of them changes; their problems show as diagnostics on the files themselves.
 */
export class Terminology implements vscode.Disposable {
  private bundledIndex: TermIndex | undefined;
  private readonly withFiles = new Map<string, Promise<TermIndex>>();
  private readonly watchers = new Map<string, vscode.Disposable>();
  private readonly problems = vscode.languages.createDiagnosticCollection('neuroterm-terminology');
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly log: Log) {}

  /** The bundled terminology only. */
  bundled(): TermIndex {
    // The JSON was validated by the build step that wrote it; its inferred literal type is not the model type.
    this.bundledIndex ??= new TermIndex(bundled as unknown as TerminologyIndex);
    return this.bundledIndex;
  }

  /** The index for documents whose configuration lists `files` (in order). Never rejects. */
  forFiles(files: readonly vscode.Uri[]): Promise<TermIndex> {
    if (files.length === 0) return Promise.resolve(this.bundled());
    const key = files.map((f) => f.toString()).join('\n');
    let pending = this.withFiles.get(key);
    if (!pending) {
      pending = this.load(files).catch((error: unknown) => {
        this.log(`terminology files could not be loaded: ${String(error)}`);
        return this.bundled();
      });
      this.withFiles.set(key, pending);
    }
    return pending;
  }

  private async load(files: readonly vscode.Uri[]): Promise<TermIndex> {
    const read: UserTerminologyFile[] = [];
    const byPath = new Map<string, vscode.Uri>();
    for (const uri of files) {
      this.watch(uri);
      const path = vscode.workspace.asRelativePath(uri);
      try {
        read.push({ path, text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)) });
        byPath.set(path, uri);
      } catch {
        this.log(`terminology file ${path} cannot be read; it is skipped.`);
        vscode.window.setStatusBarMessage(`NeuroTerm: terminology file ${path} not found`, 8000);
      }
    }
    const result = loadUserTerminology(read, bundled as unknown as TerminologyIndex);
    for (const uri of byPath.values()) this.problems.delete(uri);
    const grouped = new Map<vscode.Uri, vscode.Diagnostic[]>();
    for (const p of result.problems) {
      const uri = byPath.get(p.path);
      if (!uri) continue;
      const list = grouped.get(uri) ?? [];
      list.push(problemDiagnostic(p.line, p.column, `${p.entryId ? `${p.entryId}: ` : ''}${p.message}`));
      grouped.set(uri, list);
      this.log(formatProblem(p));
    }
    for (const [uri, diagnostics] of grouped) this.problems.set(uri, diagnostics);
    return result.index;
  }

  /** Rebuilds the indexes that use `uri` when it changes on disk or is saved. */
  private watch(uri: vscode.Uri): void {
    const key = uri.toString();
    if (this.watchers.has(key)) return;
    const reload = () => {
      for (const k of [...this.withFiles.keys()]) if (k.split('\n').includes(key)) this.withFiles.delete(k);
      this.changed.fire();
    };
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.joinPath(uri, '..'), uri.path.split('/').pop()!));
    this.watchers.set(
      key,
      vscode.Disposable.from(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload)),
    );
  }

  dispose(): void {
    for (const w of this.watchers.values()) w.dispose();
    this.problems.dispose();
    this.changed.dispose();
  }
}
