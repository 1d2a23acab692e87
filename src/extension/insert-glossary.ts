import * as vscode from 'vscode';
import { SERVER_COMMANDS } from '../server/protocol';
import type { NeuroTermClient } from './client';

/**
 * Insert Glossary: the server's glossary of the terms the active document uses, inserted at the
 * cursor as one undoable edit. Returns the inserted text, or undefined without an editor.
 */
export async function insertGlossary(client: NeuroTermClient): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    vscode.window.setStatusBarMessage('NeuroTerm: open a document to insert a glossary.', 5000);
    return undefined;
  }
  const glossary = await client.command<string>(SERVER_COMMANDS.glossary, editor.document.uri.toString());
  if (glossary === null) {
    vscode.window.setStatusBarMessage('NeuroTerm: this document is not checked, so it has no glossary.', 5000);
    return undefined;
  }
  // A blank line before keeps the glossary from joining the paragraph the cursor is in.
  const position = editor.selection.active;
  const before = position.character > 0 ? '\n\n' : '';
  await editor.edit((edit) => edit.insert(position, before + glossary));
  return glossary;
}
