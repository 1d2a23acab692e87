import type { DocumentFormat } from './analyse-block';
import { ChunkedFindings } from './chunk-findings';
import type { Linter, TextChange } from './engine';
import { checkSize } from './size-limit';
import { wholeText, type TextSource } from './text/text-source';
import type { Finding, LintSettings } from './types';

/**
 * The one way a document is checked, for the CLI, the language server and the workspace check:
 * language filter, size limit, binary check, then the engine. File access sits behind
 * `CheckHost` (Node `fs` in the CLI, `workspace.fs` in VS Code), so this stays pure.
 */

/** The language ids NeuroTerm knows, with the file extensions that carry them (lower case, with the dot). */
export const LANGUAGE_EXTENSIONS: Readonly<Record<string, readonly string[]>> = {
  markdown: ['.md', '.markdown'],
  plaintext: ['.txt'],
};

/** The languages checked when nothing else is configured (`neuroterm.languages`). */
export const DEFAULT_LANGUAGES: readonly string[] = ['markdown', 'plaintext'];

/** The language id of a file path by its extension, or undefined for a file NeuroTerm does not read. */
export function languageOfPath(path: string): string | undefined {
  const dot = path.lastIndexOf('.');
  const ext = dot < 0 ? '' : path.slice(dot).toLowerCase();
  return Object.keys(LANGUAGE_EXTENSIONS).find((id) => LANGUAGE_EXTENSIONS[id]!.includes(ext));
}

/** The file extensions (without the dot) of the given language ids, for a file search glob. */
export function extensionsOf(languages: readonly string[]): string[] {
  return languages.flatMap((id) => (LANGUAGE_EXTENSIONS[id] ?? []).map((ext) => ext.slice(1)));
}

/** Markdown gets Markdown-aware checks; every other language is read as plain text. */
export function formatOfLanguage(languageId: string): DocumentFormat {
  return languageId === 'markdown' ? 'markdown' : 'text';
}

/** File access for `checkDocument`. Both may reject; the rejection becomes an `error` result. */
export interface CheckHost {
  /** The file's size in bytes, read without loading the file. */
  size(path: string): Promise<number>;
  /** The file's text, decoded as UTF-8. */
  readText(path: string): Promise<string>;
}

/** One document to check. */
export interface CheckRequest {
  /** Path or URI, as the host understands it. */
  path: string;
  /** The editor's language id; by default taken from the path's extension. */
  languageId?: string;
  /** The text when an editor holds it (unsaved changes win over the file); otherwise the host reads `path`. */
  text?: string;
  /** Where `text` differs from the text this request's linter checked last, when the caller knows. */
  change?: TextChange;
  settings: Partial<LintSettings>;
  /** Language ids to check; others are `disabled`. Default `DEFAULT_LANGUAGES`. */
  languages?: readonly string[];
  /** UTF-8 bytes; larger documents are skipped. 0 means no limit. */
  maxFileSize: number;
  /** The config's `ignore` patterns exclude this file (the caller matches them). */
  ignored?: boolean;
}

/** What happened to one document; `reason` and `message` are full sentences for people. */
export type CheckResult =
  /** `findings` are placed on first read; an editor re-checking per keystroke reads `chunked` instead. */
  | { kind: 'checked'; readonly findings: Finding[]; chunked: ChunkedFindings }
  | { kind: 'skipped'; reason: string }
  | { kind: 'disabled' }
  /** The file could not be read, or the engine failed (a bug): `message` says which. */
  | { kind: 'error'; message: string; cause?: unknown };

/** How many characters are searched for a NUL byte: enough to tell a binary file, cheap on 1 MB. */
const BINARY_PROBE = 8000;

/**
 * Checks one document with `linter` (which keeps its chunk cache between calls, so reuse one per
 * document). Never rejects: I/O failures and engine exceptions come back as `error` results.
 */
export async function checkDocument(request: CheckRequest, linter: Linter, host?: CheckHost): Promise<CheckResult> {
  const languageId = request.languageId ?? languageOfPath(request.path);
  if (!languageId || !(request.languages ?? DEFAULT_LANGUAGES).includes(languageId)) return { kind: 'disabled' };
  if (request.ignored) return { kind: 'skipped', reason: 'Skipped: the NeuroTerm config file ignores this file.' };
  let text = request.text;
  if (text === undefined) {
    if (!host) return { kind: 'error', message: `Not checked: no text and no way to read ${request.path}.` };
    try {
      // Check the size before reading, so a 50 MB file is never loaded just to be skipped.
      const size = checkSize(await host.size(request.path), request.maxFileSize);
      if (!size.ok) return { kind: 'skipped', reason: size.message };
      text = await host.readText(request.path);
    } catch (error) {
      return { kind: 'error', message: `cannot read ${request.path}: ${errorCode(error)}`, cause: error };
    }
  }
  return checkText(text, languageId, request, linter);
}

/** The synchronous part of `checkDocument`, for callers that already hold the text. Never throws. */
export function checkText(text: TextSource, languageId: string, request: Omit<CheckRequest, 'path' | 'text'>, linter: Linter): CheckResult {
  // A UTF-16 unit is at most 3 UTF-8 bytes, so a short text fits without counting: no pass over 1 MB per keystroke.
  const surelyFits = !(request.maxFileSize > 0) || text.length * 3 <= request.maxFileSize;
  const size = surelyFits ? undefined : checkSize(wholeText(text), request.maxFileSize);
  if (size && !size.ok) return { kind: 'skipped', reason: size.message };
  // A NUL byte never occurs in Markdown or plain text; findings on a binary file would only be noise.
  if (text.slice(0, BINARY_PROBE).includes('\u0000')) return { kind: 'skipped', reason: 'Skipped: the file looks binary (it contains NUL bytes).' };
  try {
    const bom = text.slice(0, 1) === '\ufeff';
    // The text is read without its byte order mark (so a first-line heading is still a heading), and the
    // findings are moved back past it: offsets and first-line columns count the whole file, as the JSON
    // contract says. Editors never pass a mark, so their positions are unchanged.
    const options = { settings: request.settings, format: formatOfLanguage(languageId), change: bom ? undefined : request.change };
    const chunked = bom ? pastByteOrderMark(linter.lint(wholeText(text).slice(1), options)) : linter.lintChunks(text, options);
    return {
      kind: 'checked',
      chunked,
      get findings() {
        return chunked.findings();
      },
    };
  } catch (error) {
    return { kind: 'error', message: `Not checked: an internal error (${error instanceof Error ? error.message : String(error)}).`, cause: error };
  }
}

/** Findings of the text after a byte order mark, placed in the text that has it. */
function pastByteOrderMark(findings: Finding[]): ChunkedFindings {
  return new ChunkedFindings(findings.length > 0 ? [{ start: 0, lineBase: 0, findings: findings.map(pastMark) }] : []);
}

function pastMark(finding: Finding): Finding {
  const at = (p: Finding['range']['start']) => (p.line === 0 ? { line: 0, character: p.character + 1 } : p);
  return {
    ...finding,
    offset: finding.offset + 1,
    endOffset: finding.endOffset + 1,
    range: { start: at(finding.range.start), end: at(finding.range.end) },
    fixes: finding.fixes.map((f) => ({ ...f, offset: f.offset + 1, endOffset: f.endOffset + 1 })),
  };
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}
