import * as vscode from 'vscode';
import { entryMarkdown, hoverAt, type Audience, type Entry, type TermIndex } from '../core/index';
import { ENTRY_SCHEME } from './contract';
import { formatOf } from './documents';

/** The terminology and audience that apply where the writer is (the active document, else the workspace). */
export type EntryContext = () => Promise<{ terms: TermIndex; audience: Audience }>;

/**
 * Read-only documents for terminology entries: `neuroterm-entry:/<id>.md` is the hover content
 * as a page (Look Up Term), `neuroterm-entry:/<id>.json` is the entry's data (Open Terminology
 * Entry). Entries from the user's terminology files are included.
 */
export function entryContentProvider(context: EntryContext): vscode.TextDocumentContentProvider {
  return {
    async provideTextDocumentContent(uri) {
      const match = /^\/(.+)\.(md|json)$/.exec(uri.path);
      const { terms, audience } = await context();
      const entry = match ? terms.get(match[1]!) : undefined;
      if (!entry) return `No terminology entry at ${uri.path}.`;
      if (match![2] === 'json') return JSON.stringify(entry, null, 2) + '\n';
      return entryMarkdown(entry, terms, { audience, allSources: true }) + '\n';
    },
  };
}

export function entryUri(id: string, kind: 'md' | 'json'): vscode.Uri {
  return vscode.Uri.from({ scheme: ENTRY_SCHEME, path: `/${id}.${kind}` });
}

/** A quick pick over every entry; resolves to the chosen id. */
async function pickEntry(terms: TermIndex, placeHolder: string): Promise<string | undefined> {
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
function entryAtCursor(terms: TermIndex): string | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.uri.scheme === ENTRY_SCHEME) return undefined;
  const doc = editor.document;
  return hoverAt(doc.getText(), doc.offsetAt(editor.selection.active), terms, { format: formatOf(doc) })?.termId;
}

/** Look Up Term: pick an entry (or pass its id) and open its page in the Markdown preview. Returns the entry id. */
export async function lookUpTerm(context: EntryContext, id?: string): Promise<string | undefined> {
  const { terms } = await context();
  const chosen = id && terms.get(id) ? id : await pickEntry(terms, 'Look up a term');
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
export async function openTerminologyEntry(context: EntryContext, id?: string): Promise<string | undefined> {
  const { terms } = await context();
  const chosen = id && terms.get(id) ? id : (entryAtCursor(terms) ?? (await pickEntry(terms, 'Open a terminology entry')));
  if (!chosen) return undefined;
  const document = await vscode.workspace.openTextDocument(entryUri(chosen, 'json'));
  await vscode.window.showTextDocument(document, { preview: true });
  return chosen;
}
