import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import { activateWith } from './activate';
import { OUTPUT_CHANNEL } from './contract';

/** Desktop entry: `neuroterm-ls` (the same bundle as the `neuroterm-ls` bin) in its own Node process, over IPC. */
export function activate(context: vscode.ExtensionContext): void {
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  activateWith(context, (options) => new LanguageClient('neuroterm', OUTPUT_CHANNEL, { module, transport: TransportKind.ipc }, options));
}

export function deactivate(): void {}
