import type * as vscode from 'vscode';
import { formatOfLanguage, type DocumentFormat } from '../core/index';
import type { ExtensionSettings } from './contract';

/** Which documents NeuroTerm reads: file-like documents in one of the configured languages. */
export function isChecked(document: vscode.TextDocument, settings: Pick<ExtensionSettings, 'languages' | 'enable'>): boolean {
  if (!settings.enable) return false;
  // Output panes, git diffs and our own entry pages are not the writer's text.
  if (['output', 'git', 'vscode-scm', 'neuroterm-entry', 'debug'].includes(document.uri.scheme)) return false;
  return settings.languages.includes(document.languageId);
}

export function formatOf(document: vscode.TextDocument): DocumentFormat {
  return formatOfLanguage(document.languageId);
}
