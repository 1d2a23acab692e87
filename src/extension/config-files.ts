import * as vscode from 'vscode';
import ignore, { type Ignore } from 'ignore';
import { formatConfigProblem, parseConfig, type ConfigResult } from '../core/index';
import { CONFIG_FILES } from './contract';
import { problemDiagnostic } from './convert';
import type { Log } from './log';

/** A `.neuroterm.json` (or `.yaml`) file; relative paths in it resolve against `dir`. */
export interface FoundConfig {
  uri: vscode.Uri;
  dir: vscode.Uri;
  result: ConfigResult;
  /** Matcher of the file's `ignore` patterns, relative to `dir`. */
  ignores: Ignore;
}

/**
 * Finds the config file that applies to a document as the CLI does: the nearest one walking up
 * from the document's folder (here: no further than the workspace folder). Reads through
 * `workspace.fs`, caches per folder, re-reads when a config file changes, and shows each file's
 * problems as diagnostics on the file itself.
 */
export class ConfigFiles implements vscode.Disposable {
  private readonly byDir = new Map<string, Promise<FoundConfig | undefined>>();
  private readonly problems = vscode.languages.createDiagnosticCollection('neuroterm-config');
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.problems, this.changed];
  readonly onDidChange = this.changed.event;

  constructor(private readonly log: Log) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/{${CONFIG_FILES.join(',')}}`);
    const reset = () => {
      this.byDir.clear();
      this.changed.fire();
    };
    this.disposables.push(watcher, watcher.onDidChange(reset), watcher.onDidCreate(reset), watcher.onDidDelete(reset));
  }

  /** The nearest config for `uri` at or below `root`, or undefined. Never rejects. */
  nearest(uri: vscode.Uri, root: vscode.Uri | undefined): Promise<FoundConfig | undefined> {
    if (!root) return Promise.resolve(undefined);
    const rootPath = root.path.replace(/\/$/, '');
    // Documents outside the folder (or untitled ones) use the folder's own config.
    const inside = uri.scheme === root.scheme && uri.authority === root.authority && uri.path.startsWith(`${rootPath}/`);
    return this.forDir(inside ? vscode.Uri.joinPath(uri, '..') : root, rootPath);
  }

  private forDir(dir: vscode.Uri, rootPath: string): Promise<FoundConfig | undefined> {
    const key = dir.toString();
    let pending = this.byDir.get(key);
    if (!pending) {
      pending = this.read(dir).then((found) => {
        const atRoot = dir.path.replace(/\/$/, '') === rootPath || dir.path === '/' || !dir.path.startsWith(rootPath);
        return found ?? (atRoot ? undefined : this.forDir(vscode.Uri.joinPath(dir, '..'), rootPath));
      });
      this.byDir.set(key, pending);
    }
    return pending;
  }

  private async read(dir: vscode.Uri): Promise<FoundConfig | undefined> {
    for (const name of CONFIG_FILES) {
      const uri = vscode.Uri.joinPath(dir, name);
      let text: string;
      try {
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        continue;
      }
      const result = parseConfig(text, vscode.workspace.asRelativePath(uri));
      this.problems.set(uri, result.problems.map((p) => problemDiagnostic(p.line, p.column, `${p.key}: ${p.message}`)));
      for (const p of result.problems) this.log(formatConfigProblem(p));
      return { uri, dir, result, ignores: ignore().add(result.config.ignore) };
    }
    return undefined;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** Whether the config's `ignore` patterns exclude `uri`. */
export function isIgnored(found: FoundConfig | undefined, uri: vscode.Uri): boolean {
  if (!found || found.result.config.ignore.length === 0) return false;
  const base = found.dir.path.replace(/\/$/, '') + '/';
  if (!uri.path.startsWith(base)) return false;
  return found.ignores.ignores(uri.path.slice(base.length));
}
