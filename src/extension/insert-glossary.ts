import * as vscode from 'vscode';
import { buildGlossary, findMentions } from '../core/index';
import type { Configuration } from './configuration';
import { formatOf } from './documents';
import type { Terminology } from './terminology';

/**
 * Insert Glossary: the core's glossary of the terms the active document uses, inserted at the
 * cursor as one undoable edit. Returns the inserted text, or undefined without an editor.
 */
export async function insertGlossary(config: Configuration, terminology: Terminology): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    vscode.window.setStatusBarMessage('NeuroTerm: open a document to insert a glossary.', 5000);
    return undefined;
  }
  const document = editor.document;
  const resolved = await config.forUri(document.uri);
  const terms = await terminology.forFiles(resolved.terminologyFiles);
  const glossary = buildGlossary(findMentions(document.getText(), terms, formatOf(document)), terms, { audience: resolved.settings.audience });
  // A blank line before keeps the glossary from joining the paragraph the cursor is in.
  const position = editor.selection.active;
  const before = position.character > 0 ? '\n\n' : '';
  await editor.edit((edit) => edit.insert(position, before + glossary));
  return glossary;
}
