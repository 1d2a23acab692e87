// Helpers for the extension-host suite: open workspace files, call the providers the way VS Code does,
// and wait for diagnostics through their change event (with a timeout, never a fixed sleep).
import * as vscode from 'vscode';
import { EXTENSION_ID } from '../../../src/extension/contract';
import { ok } from './check';

export const DOCS_BASE = 'https://github.com/neuroterm/neuroterm/blob/main/docs/rules/';

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  ok(folder, 'the test workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function openFile(name: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(workspaceFile(name));
  await vscode.window.showTextDocument(doc);
  return doc;
}

export async function activateExtension(): Promise<void> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  ok(ext, `${EXTENSION_ID} is installed`);
  await ext.activate();
}

/** Position of the start of the `nth` occurrence of `text` in the document, plus `delta` characters. */
export function positionOf(doc: vscode.TextDocument, text: string, delta = 0, nth = 0): vscode.Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = doc.getText().indexOf(text, at + 1);
  ok(at >= 0, `"${text}" occurs ${nth + 1} time(s) in ${doc.uri.path}`);
  return doc.positionAt(at + delta);
}

export function neurotermDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'neuroterm');
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** Resolves with the diagnostics once `accept` holds, re-checking on every diagnostics change. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (ds: vscode.Diagnostic[]) => boolean,
  what: string,
  ms = 15_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const settle = (): boolean => {
      const ds = neurotermDiagnostics(uri);
      if (!accept(ds)) return false;
      cleanup();
      resolve(ds);
      return true;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) settle();
    });
    const timer = setTimeout(() => {
      cleanup();
      const now = neurotermDiagnostics(uri).map((d) => `${codeOf(d)}: ${d.message}`);
      reject(new Error(`timed out after ${ms} ms waiting for ${what} on ${uri.path}; now: ${JSON.stringify(now)}`));
    }, ms);
    function cleanup(): void {
      clearTimeout(timer);
      sub.dispose();
    }
    settle();
  });
}

export async function hoverText(uri: vscode.Uri, at: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at);
  return hovers
    .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)))
    .join('\n');
}

/**
 * The hover text once the language server answers with one: right after activation the server may
 * still be starting or syncing the document, and a writer would simply hover again. Gives up after `ms`
 * and returns the last (empty) answer, so the test's own assertion reports it.
 */
export async function hoverTextWhenReady(uri: vscode.Uri, at: vscode.Position, ms = 10_000): Promise<string> {
  const until = Date.now() + ms;
  let text = await hoverText(uri, at);
  while (text === '' && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    text = await hoverText(uri, at);
  }
  return text;
}

export async function completionItems(uri: vscode.Uri, at: vscode.Position): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, at);
  return list.items;
}

export function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

/** Set a `neuroterm.` setting for the workspace folder; returns a function that restores the old value. */
export async function setSetting(name: string, value: unknown): Promise<() => Thenable<void>> {
  const config = vscode.workspace.getConfiguration('neuroterm');
  const before = config.inspect(name)?.workspaceValue;
  await config.update(name, value, vscode.ConfigurationTarget.Workspace);
  return () => vscode.workspace.getConfiguration('neuroterm').update(name, before, vscode.ConfigurationTarget.Workspace);
}

export function rangeText(r: vscode.Range): string {
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}
