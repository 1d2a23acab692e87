import * as vscode from 'vscode';
import { extensionsOf } from '../core/check-document';
import { SERVER_COMMANDS, type CheckedFile } from '../server/protocol';
import type { NeuroTermClient } from './client';

const EXCLUDE = '**/{node_modules,.git,dist,out}/**';
/** Files per server request: small enough for the cancel button to answer quickly. */
const BATCH = 10;

/** What the workspace check did; the command returns it. */
export interface WorkspaceCheckSummary {
  files: number;
  findings: number;
  skipped: number;
  cancelled: boolean;
}

/**
 * Checks every file of the `neuroterm.languages` in the workspace with a cancellable progress
 * notification. The server checks them (open documents with their unsaved text, others read through
 * `workspace.fs`). Results are shown only when the run completes, so a cancelled run leaves no
 * partial diagnostics; a file's entry goes when it is opened (the live diagnostics take over).
 */
export async function checkWorkspace(client: NeuroTermClient, collection: vscode.DiagnosticCollection): Promise<WorkspaceCheckSummary> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'NeuroTerm: checking medical claims', cancellable: true },
    async (progress, token) => {
      const uris = await vscode.workspace.findFiles(filesOf(vscode.workspace.getConfiguration('neuroterm').get('languages')), EXCLUDE, undefined, token);
      const results: CheckedFile[] = [];
      for (let i = 0; i < uris.length && !token.isCancellationRequested; i += BATCH) {
        const batch = uris.slice(i, i + BATCH);
        progress.report({ message: `${i + batch.length}/${uris.length} ${vscode.workspace.asRelativePath(batch[0]!)}`, increment: (100 * batch.length) / uris.length });
        results.push(...((await client.command<CheckedFile[]>(SERVER_COMMANDS.checkFiles, batch.map((u) => u.toString()))) ?? []));
      }
      const cancelled = token.isCancellationRequested;
      if (!cancelled) {
        const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
        for (const r of results) {
          const uri = vscode.Uri.parse(r.uri);
          if (!open.has(uri.toString())) collection.set(uri, await client.asDiagnostics(r.diagnostics));
        }
      }
      const findings = results.reduce((n, r) => n + r.count, 0);
      const skipped = results.filter((r) => r.kind === 'skipped' || r.kind === 'error').length;
      const summary = { files: results.length, findings, skipped, cancelled };
      vscode.window.setStatusBarMessage(
        cancelled ? 'NeuroTerm: workspace check cancelled.' : `NeuroTerm: ${findings} finding${findings === 1 ? '' : 's'} in ${results.length} files.`,
        8000,
      );
      return summary;
    },
  );
}

/** A glob of the files of the given language ids (the known ones: others have no file extension here). */
function filesOf(languages: unknown): string {
  const extensions = extensionsOf(Array.isArray(languages) ? languages.filter((l) => typeof l === 'string') : []);
  return extensions.length === 0 ? '' : `**/*.{${extensions.join(',')}}`;
}
