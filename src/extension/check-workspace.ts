import * as vscode from 'vscode';
import { Linter, checkSize, type Finding } from '../core/index';
import type { Configuration } from './configuration';
import type { CheckResult, DiagnosticsController } from './diagnostics';
import type { Log } from './log';
import type { Terminology } from './terminology';

const MARKDOWN_FILES = '**/*.{md,markdown}';
const EXCLUDE = '**/{node_modules,.git,dist,out}/**';

/** What the workspace check did; the command returns it. */
export interface WorkspaceCheckSummary {
  files: number;
  findings: number;
  skipped: number;
  cancelled: boolean;
}

/**
 * Checks every Markdown file in the workspace with a cancellable progress notification. Files
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
      const uris = await vscode.workspace.findFiles(MARKDOWN_FILES, EXCLUDE, undefined, token);
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

async function checkOne(uri: vscode.Uri, open: vscode.TextDocument | undefined, config: Configuration, terminology: Terminology, log: Log): Promise<CheckResult> {
  try {
    const resolved = await config.forUri(uri);
    if (!resolved.settings.enable) return { kind: 'disabled' };
    if (resolved.ignored) return { kind: 'skipped', reason: 'Skipped: the NeuroTerm config file ignores this file.' };
    // Check the size before reading, so a huge generated file is never loaded.
    const size = checkSize(open ? open.getText() : (await vscode.workspace.fs.stat(uri)).size, resolved.settings.maxFileSize);
    if (!size.ok) return { kind: 'skipped', reason: size.message };
    const text = open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    const terms = await terminology.forFiles(resolved.terminologyFiles);
    const findings: Finding[] = new Linter(terms).lint(text, { settings: resolved.lint, format: 'markdown' });
    return { kind: 'checked', findings };
  } catch (error) {
    log(`checking ${uri.toString()} failed: ${error instanceof Error ? error.message : String(error)}`);
    return { kind: 'skipped', reason: 'Not checked: the file could not be read.' };
  }
}
