import * as vscode from 'vscode';
import { entryMarkdown, hoverAt, type Entry } from '../core/index';
import { ENTRY_SCHEME } from './contract';
import { formatOf } from './documents';
import type { Terminology } from './terminology';

/**
 * Read-only documents for terminology entries: `neuroterm-entry:/<id>.md` is the hover content
 * as a page (Look Up Term), `neuroterm-entry:/<id>.json` is the entry's data (Open Terminology Entry).
 */
export function entryContentProvider(terminology: Terminology): vscode.TextDocumentContentProvider {
  return {
    provideTextDocumentContent(uri) {
      const match = /^\/(.+)\.(md|json)$/.exec(uri.path);
      const terms = terminology.bundled();
      const entry = match ? terms.get(match[1]!) : undefined;
      if (!entry) return `No terminology entry at ${uri.path}.`;
      if (match![2] === 'json') return JSON.stringify(entry, null, 2) + '\n';
      const audience = new URLSearchParams(uri.query).get('audience') === 'professional' ? 'professional' : 'patient';
      return entryMarkdown(entry, terms, { audience, allSources: true }) + '\n';
    },
  };
}

export function entryUri(id: string, kind: 'md' | 'json'): vscode.Uri {
  return vscode.Uri.from({ scheme: ENTRY_SCHEME, path: `/${id}.${kind}` });
}

/** A quick pick over every entry; resolves to the chosen id. Starts on the term at the cursor when there is one. */
export async function pickEntry(terminology: Terminology, placeHolder: string): Promise<string | undefined> {
  const terms = terminology.bundled();
  const items = terms.entries.map((e: Entry) => ({
    // The abbreviation goes in the label so typing "CIDP" finds the disease, not only names that contain it.
    label: e.abbreviations?.length ? `${e.preferred} (${e.abbreviations.map((a) => a.abbr).join(', ')})` : e.preferred,
    description: (e.synonyms ?? []).join(', '),
    detail: e.definition.patient,
    id: e.id,
  }));
  const picked = await vscode.window.showQuickPick(items, { placeHolder, matchOnDescription: true, matchOnDetail: false });
  return picked?.id;
}

/** The entry under the cursor in the active editor, if any. */
export function entryAtCursor(terminology: Terminology): string | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const doc = editor.document;
  return hoverAt(doc.getText(), doc.offsetAt(editor.selection.active), terminology.bundled(), { format: formatOf(doc) })?.termId;
}

/** Look Up Term: pick an entry and open its page in the Markdown preview. Returns the entry id. */
export async function lookUpTerm(terminology: Terminology, id?: string): Promise<string | undefined> {
  const chosen = typeof id === 'string' && terminology.bundled().get(id) ? id : await pickEntry(terminology, 'Look up a term');
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

/** Open Terminology Entry: the entry's data for the term at the cursor (or a picked one). Returns the entry id. */
export async function openTerminologyEntry(terminology: Terminology, id?: string): Promise<string | undefined> {
  const chosen = typeof id === 'string' && terminology.bundled().get(id) ? id : (entryAtCursor(terminology) ?? (await pickEntry(terminology, 'Open a terminology entry')));
  if (!chosen) return undefined;
  const document = await vscode.workspace.openTextDocument(entryUri(chosen, 'json'));
  await vscode.window.showTextDocument(document, { preview: true });
  return chosen;
}
