import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateWith } from './activate';
import { OUTPUT_CHANNEL } from './contract';

/** Web entry (vscode.dev-style hosts): the language server runs in a web worker of this extension host. */
export function activate(context: vscode.ExtensionContext): void {
  // The worker's bundle leaves the terminology out (the extension ships one copy, beside the Node server); it imports this script.
  const terminology = vscode.Uri.joinPath(context.extensionUri, 'dist/terminology.js').toString(true);
  activateWith(
    context,
    (options) => {
      const worker = new Worker(vscode.Uri.joinPath(context.extensionUri, 'dist/web/server.js').toString(true));
      return new LanguageClient('neuroterm', OUTPUT_CHANNEL, worker, options);
    },
    { terminology },
  );
}

export function deactivate(): void {}
