import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Position, Range, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { Linter, type ChunkedFindings, type TermIndex, type TextChange } from '../core/index';
import type { DiagnosticCache } from './diagnostic-cache';
import { PieceText } from './piece-text';

/** What the server reads of a document, open (`EditedDocument`) or read from disk (`TextDocument`). */
export type DocumentView = Pick<TextDocument, 'uri' | 'languageId' | 'version' | 'lineCount' | 'getText' | 'offsetAt' | 'positionAt'>;

/**
 * An open document's text as the server keeps it: in pieces (see `PieceText`), so a keystroke in a
 * long document copies a few kilobytes, and a check reads the edited region only. Each version is
 * its own object: the linter knows the text it checked by identity.
 */
export class EditedDocument implements DocumentView {
  private constructor(
    readonly uri: string,
    readonly languageId: string,
    readonly version: number,
    readonly text: PieceText,
  ) {}

  static create(uri: string, languageId: string, version: number, text: string): EditedDocument {
    return new EditedDocument(uri, languageId, version, PieceText.of(text));
  }

  get lineCount(): number {
    return this.text.lineCount;
  }

  getText(range?: Range): string {
    if (!range) return this.text.toString();
    const start = this.text.offsetAt(range.start);
    const end = this.text.offsetAt(range.end);
    return this.text.slice(Math.min(start, end), Math.max(start, end));
  }

  offsetAt(position: Position): number {
    return this.text.offsetAt(position);
  }

  positionAt(offset: number): Position {
    return this.text.positionAt(offset);
  }

  edited(start: number, end: number, inserted: string, version: number): EditedDocument {
    return new EditedDocument(this.uri, this.languageId, version, this.text.edited(start, end, inserted));
  }

  replaced(text: string, version: number): EditedDocument {
    return EditedDocument.create(this.uri, this.languageId, version, text);
  }
}

/** One open document: its text, its `Linter` (the chunk cache) and what the last check found. */
export interface OpenDocument {
  document: EditedDocument;
  linter?: { linter: Linter; terms: TermIndex };
  /** Where the text changed since the linter last checked it (undefined: nothing changed). */
  change?: TextChange;
  /** The change could not be tracked (a whole-text replacement, a failed check): the linter compares texts once. */
  lost: boolean;
  /** The findings behind the published diagnostics (kept when a check fails); none before the first check. */
  findings?: ChunkedFindings;
  /** Bumped on every edit, so a check finishing for an older version is dropped. */
  generation: number;
  /** Diagnostics made from findings, kept from one check to the next. */
  diagnostics: DiagnosticCache;
  /** The diagnostics last sent to the client (undefined before the first). */
  published?: Diagnostic[];
  /** Line of the last edit: the findings near it are published first when there are too many. */
  cursorLine: number;
  /** The check in flight (or the last one): features and commands wait for it. */
  pending?: Promise<void>;
  /** Reading grade measured when the document was opened or saved; null when it is not measured. */
  grade?: number | null;
}

/**
 * Applies `changes` (ranges in the text as it is when each change applies, per LSP) and widens the
 * pending `TextChange`, so the next check knows which region to re-chunk without comparing texts.
 */
export function applyChanges(open: OpenDocument, changes: readonly TextDocumentContentChangeEvent[], version: number): void {
  let { document, change } = open;
  for (const event of changes) {
    if (!('range' in event) || !event.range) {
      open.lost = true;
      document = document.replaced(event.text, version);
      continue;
    }
    // A range given end first is read start first, as `TextDocument.update` reads it.
    const from = document.offsetAt(event.range.start);
    const to = document.offsetAt(event.range.end);
    const start = Math.min(from, to);
    const end = Math.max(from, to);
    const newEnd = start + event.text.length;
    change = widen(change, start, end, newEnd);
    open.cursorLine = event.range.start.line;
    document = document.edited(start, end, event.text, version);
  }
  open.document = document;
  open.change = change;
  open.generation++;
}

/** The change to hand the linter: none when tracking was lost, so it compares the texts instead. */
export function pendingChange(open: OpenDocument): TextChange | undefined {
  return open.lost ? undefined : open.change;
}

/** After a check: the linter holds the current text (`ok`) or its state is unknown (a failed check). */
export function settle(open: OpenDocument, ok: boolean): void {
  open.change = undefined;
  open.lost = !ok;
}

/** The union of a pending change (in the current text) and a new edit [start, end) -> [start, newEnd). */
function widen(pending: TextChange | undefined, start: number, end: number, newEnd: number): TextChange {
  if (!pending) return { start, oldEnd: end, newEnd };
  const delta = newEnd - end;
  // The pending region's end, now: shifted when the edit lies before it, swallowed when the edit covers it.
  const pendingEnd = pending.newEnd <= start ? pending.newEnd : pending.newEnd >= end ? pending.newEnd + delta : newEnd;
  const oldEnd = pending.oldEnd + Math.max(0, end - pending.newEnd);
  return { start: Math.min(pending.start, start), oldEnd, newEnd: Math.max(pendingEnd, newEnd) };
}
