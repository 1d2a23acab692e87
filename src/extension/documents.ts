import type * as vscode from 'vscode';
import { ENTRY_SCHEME } from './contract';

/** Output panes, git diffs and our own entry pages are not the writer's text: the server is never sent them. */
const NOT_TEXT_SCHEMES = ['output', 'git', 'vscode-scm', ENTRY_SCHEME, 'debug'];

export function isCheckedScheme(uri: vscode.Uri): boolean {
  return !NOT_TEXT_SCHEMES.includes(uri.scheme);
}

/** Which documents NeuroTerm reads: file-like documents in one of the configured languages. */
export function isChecked(document: vscode.TextDocument, languages: readonly string[]): boolean {
  return isCheckedScheme(document.uri) && languages.includes(document.languageId);
}
