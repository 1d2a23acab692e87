import * as vscode from 'vscode';
import { SERVER_COMMANDS, type TermItem } from '../server/protocol';
import type { NeuroTermClient } from './client';
import { ENTRY_SCHEME } from './contract';

/**
 * Read-only documents for terminology entries, written by the server for the terminology that
 * applies where the writer is (the active document, with the user's terminology files):
 * `neuroterm-entry:/<id>.md` is the hover content as a page (Look Up Term), `neuroterm-entry:/<id>.json`
 * is the entry's data (Open Terminology Entry).
 */
export function entryContentProvider(client: NeuroTermClient): vscode.TextDocumentContentProvider {
  return {
    async provideTextDocumentContent(uri) {
      const match = /^\/(.+)\.(md|json)$/.exec(uri.path);
      const page = match ? await client.command<{ text: string }>(SERVER_COMMANDS.termPage, { uri: activeUri(), id: match[1], kind: match[2] }) : null;
      return page?.text ?? `No terminology entry at ${uri.path}.`;
    },
  };
}

export function entryUri(id: string, kind: 'md' | 'json'): vscode.Uri {
  return vscode.Uri.from({ scheme: ENTRY_SCHEME, path: `/${id}.${kind}` });
}

/** The document whose terminology applies: the active one, unless it is an entry page. */
function activeUri(): string | undefined {
  const document = vscode.window.activeTextEditor?.document;
  return document && document.uri.scheme !== ENTRY_SCHEME ? document.uri.toString() : undefined;
}

/** A quick pick over every entry; resolves to the chosen id. */
async function pickEntry(items: TermItem[], placeHolder: string): Promise<string | undefined> {
  const picked = await vscode.window.showQuickPick(items, { placeHolder, matchOnDescription: true, matchOnDetail: false });
  return picked?.id;
}

async function listTerms(client: NeuroTermClient): Promise<TermItem[]> {
  return (await client.command<TermItem[]>(SERVER_COMMANDS.listTerms, activeUri())) ?? [];
}

/** Look Up Term: pick an entry (or pass its id) and open its page in the Markdown preview. Returns the entry id. */
export async function lookUpTerm(client: NeuroTermClient, id?: string): Promise<string | undefined> {
  const items = await listTerms(client);
  const chosen = id && items.some((i) => i.id === id) ? id : await pickEntry(items, 'Look up a term');
  if (!chosen) return undefined;
  const uri = entryUri(chosen, 'md');
  try {
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  } catch {
    // Without the built-in Markdown extension, the page opens as text.
    await vscode.window.showTextDocument(uri, { preview: true });
  }
  return chosen;
}

/** Open Terminology Entry: the entry's data for `id`, the term at the cursor, or a picked one. Returns the entry id. */
export async function openTerminologyEntry(client: NeuroTermClient, id?: string): Promise<string | undefined> {
  const items = await listTerms(client);
  const editor = vscode.window.activeTextEditor;
  const atCursor = !id && editor && activeUri() ? await client.command<{ id: string }>(SERVER_COMMANDS.termPage, { uri: activeUri(), offset: editor.document.offsetAt(editor.selection.active), kind: 'json' }) : null;
  const chosen = id && items.some((i) => i.id === id) ? id : (atCursor?.id ?? (await pickEntry(items, 'Open a terminology entry')));
  if (!chosen) return undefined;
  const document = await vscode.workspace.openTextDocument(entryUri(chosen, 'json'));
  await vscode.window.showTextDocument(document, { preview: true });
  return chosen;
}
