/**
 * What the server and the VS Code client agree on beyond LSP: no `vscode` import, so both sides (and
 * the tests) share one definition. Other editors need none of it.
 */

/** `initializationOptions` a client may send besides its `neuroterm` settings. */
export interface ClientOptions {
  /** "client": read config and terminology files through `neuroterm/readFile` (web worker, virtual file systems). */
  readFiles?: 'client';
  /** Send `neuroterm/status` after each check (the VS Code status bar). */
  status?: boolean;
  /**
   * Leave the commands out of `executeCommandProvider`: a client that registers every advertised
   * command in its editor (vscode-languageclient) would clash with the extension's own ids. The
   * server still executes them.
   */
  advertiseCommands?: boolean;
  /**
   * URL of the extension's terminology script (`dist/terminology.js`) for a server built without the
   * terminology: the web worker, whose bundle leaves it out so the extension ships it once.
   */
  terminology?: string;
}

/** Client request: `{ uri }` -> the file's text, or null when it cannot be read. */
export const READ_FILE_REQUEST = 'neuroterm/readFile';

/** Server notification after each check of an open document. */
export const STATUS_NOTIFICATION = 'neuroterm/status';

export interface StatusParams {
  uri: string;
  kind: 'checked' | 'skipped' | 'disabled';
  /** Findings of the last check (all of them, also those not published). */
  count: number;
  /** Findings left out of the diagnostics to stay under the editor's limit. */
  heldBack: number;
  /** Why a document was skipped: a full sentence. */
  reason?: string;
  /** The document version this status is about. */
  version: number;
  /**
   * False when the check's diagnostics equal the last ones published, so none were sent (a keystroke
   * that changed no diagnostic); the client's diagnostics are already current.
   */
  published: boolean;
  /** Flesch-Kincaid grade, measured when the document was opened or saved (absent for short or huge texts). */
  grade?: number;
}

/** Commands the server executes (`workspace/executeCommand`). The first two are also VS Code command ids. */
export const SERVER_COMMANDS = {
  /** [uri] -> the report data (ClaimsSummary), after the pending check. */
  checkMedicalClaims: 'neuroterm.checkMedicalClaims',
  /** [uri] -> a glossary of the document's terms, in Markdown. */
  glossary: 'neuroterm.glossary',
  /** [uri, path] -> the review page (HTML) of the document's current findings, titled with `path`. */
  reviewPage: 'neuroterm.reviewPage',
  /** [uri?] -> the terminology entries that apply to the document: { id, label, description, detail }[]. */
  listTerms: 'neuroterm.listTerms',
  /** [{ uri?, id?, offset?, kind: 'md' | 'json' }] -> { id, text } of an entry (by id, or the term at offset), or null. */
  termPage: 'neuroterm.termPage',
  /** [uris] -> one CheckedFile per URI; files are read through the host unless open. Publishes nothing. */
  checkFiles: 'neuroterm.checkFiles',
} as const;

/** One file of `neuroterm.checkFiles`. */
export interface CheckedFile {
  uri: string;
  kind: 'checked' | 'skipped' | 'disabled' | 'error';
  count: number;
  reason?: string;
  /** LSP diagnostics, folded and capped as published ones are. */
  diagnostics: unknown[];
}

/** A terminology entry in a pick list. */
export interface TermItem {
  id: string;
  label: string;
  description: string;
  detail: string;
}
