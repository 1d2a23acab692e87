import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import { activateWith } from './activate';
import { OUTPUT_CHANNEL } from './contract';

/**
 * Desktop entry: `neuroterm-ls` (the same bundle as the `neuroterm-ls` bin) in its own Node process, over
 * stdio, where the server encodes each published diagnostic once (`message-json.ts`); over IPC Node would
 * serialize the whole list again on every publish.
 */
export function activate(context: vscode.ExtensionContext): void {
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  activateWith(context, (options) => new LanguageClient('neuroterm', OUTPUT_CHANNEL, { module, transport: TransportKind.stdio }, options));
}

export function deactivate(): void {}
