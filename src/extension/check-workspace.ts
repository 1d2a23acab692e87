import * as vscode from 'vscode';
import { Linter, checkDocument, extensionsOf, type CheckHost } from '../core/index';
import type { Configuration } from './configuration';
import type { CheckResult, DiagnosticsController } from './diagnostics';
import type { Log } from './log';
import type { Terminology } from './terminology';

const EXCLUDE = '**/{node_modules,.git,dist,out}/**';

/** What the workspace check did; the command returns it. */
export interface WorkspaceCheckSummary {
  files: number;
  findings: number;
  skipped: number;
  cancelled: boolean;
}

/**
 * Checks every file of the `neuroterm.languages` in the workspace with a cancellable progress notification. Files
 * are read through `workspace.fs` (open documents use their unsaved text). Results are published
 * only when the run completes, so a cancelled run leaves no partial diagnostics.
 */
export async function checkWorkspace(
  diagnostics: DiagnosticsController,
  config: Configuration,
  terminology: Terminology,
  log: Log,
): Promise<WorkspaceCheckSummary> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'NeuroTerm: checking medical claims', cancellable: true },
    async (progress, token) => {
      const uris = await vscode.workspace.findFiles(filesOf(vscode.workspace.getConfiguration('neuroterm').get('languages')), EXCLUDE, undefined, token);
      const results: Array<[vscode.Uri, CheckResult]> = [];
      const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
      for (const [i, uri] of uris.entries()) {
        if (token.isCancellationRequested) break;
        progress.report({ message: `${i + 1}/${uris.length} ${vscode.workspace.asRelativePath(uri)}`, increment: 100 / uris.length });
        results.push([uri, await checkOne(uri, open.get(uri.toString()), config, terminology, log)]);
        // Yield so the cancel button and the editor stay responsive between files.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      const cancelled = token.isCancellationRequested;
      if (!cancelled) for (const [uri, result] of results) diagnostics.publish(uri, result);
      const findings = results.reduce((n, [, r]) => n + (r.kind === 'checked' ? r.findings.length : 0), 0);
      const skipped = results.filter(([, r]) => r.kind === 'skipped').length;
      const summary = { files: results.length, findings, skipped, cancelled };
      vscode.window.setStatusBarMessage(
        cancelled ? 'NeuroTerm: workspace check cancelled.' : `NeuroTerm: ${findings} finding${findings === 1 ? '' : 's'} in ${results.length} files.`,
        8000,
      );
      return summary;
    },
  );
}

/** `workspace.fs` as the core's `CheckHost`; paths are URI strings. */
const WORKSPACE_HOST: CheckHost = {
  size: async (path) => (await vscode.workspace.fs.stat(vscode.Uri.parse(path))).size,
  readText: async (path) => new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(path))),
};

/** A glob of the files of the given language ids (the known ones: others have no file extension here). */
function filesOf(languages: unknown): string {
  const extensions = extensionsOf(Array.isArray(languages) ? languages.filter((l) => typeof l === 'string') : []);
  return extensions.length === 0 ? '' : `**/*.{${extensions.join(',')}}`;
}

async function checkOne(uri: vscode.Uri, open: vscode.TextDocument | undefined, config: Configuration, terminology: Terminology, log: Log): Promise<CheckResult> {
  const resolved = await config.forUri(uri);
  if (!resolved.settings.enable) return { kind: 'disabled' };
  const terms = await terminology.forFiles(resolved.terminologyFiles);
  const request = {
    path: uri.toString(),
    languageId: open?.languageId,
    text: open?.getText(),
    settings: resolved.lint,
    languages: resolved.settings.languages,
    maxFileSize: resolved.settings.maxFileSize,
    ignored: resolved.ignored,
  };
  const result = await checkDocument(request, new Linter(terms), WORKSPACE_HOST);
  if (result.kind !== 'error') return result;
  log(`checking ${uri.toString()} failed: ${result.message}`);
  return { kind: 'skipped', reason: 'Not checked: the file could not be read.' };
}
