import { DiagnosticSeverity, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { DocumentView } from './documents';
import { markerRange, type Finding, type Severity } from '../core/index';
import { DIAGNOSTIC_SOURCE } from '../extension/contract';

/** The one place core results become LSP types. Positions are 0-based UTF-16 on both sides, as LSP's default. */

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * A finding as a diagnostic: the rule id is the code and links to its page; the evidence (`note`)
 * travels as related information on the flagged text, so every client can show it.
 */
export function toDiagnostic(finding: Finding, document: DocumentView): Diagnostic {
  const uri = document.uri;
  const diagnostic: Diagnostic = {
    range: placed(finding, document),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: finding.url },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
  };
  if (finding.note) diagnostic.relatedInformation = [{ location: { uri, range: finding.range }, message: finding.note }];
  return diagnostic;
}

/** An empty range (a finding about a whole document or section) moves past the line's text, off the word. */
function placed(finding: Finding, document: DocumentView): Diagnostic['range'] {
  const { start, end } = finding.range;
  if (start.line !== end.line || start.character !== end.character) return finding.range;
  const lineText = document.getText({ start: { line: start.line, character: 0 }, end: { line: start.line + 1, character: 0 } }).replace(/\r?\n$/, '');
  return markerRange(finding.range, lineText);
}

/** Whether two diagnostic lists say the same, in the same order (a client would show no difference). */
export function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  return a.length === b.length && a.every((d, i) => sameJson(d, b[i]));
}

/** Deep equality of JSON-like values (what the client receives), without serialising them. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x).filter((k) => x[k] !== undefined);
  return keys.length === Object.keys(y).filter((k) => y[k] !== undefined).length && keys.every((k) => sameJson(x[k], y[k]));
}

/** A problem in a data file (1-based line and column) as an error on its first character. */
export function problemDiagnostic(p: { line: number; column: number; message: string }): Diagnostic {
  const start = { line: Math.max(0, p.line - 1), character: Math.max(0, p.column - 1) };
  return { range: { start, end: { line: start.line, character: start.character + 1 } }, severity: DiagnosticSeverity.Error, source: DIAGNOSTIC_SOURCE, message: p.message };
}

/** The information diagnostic a skipped document gets (over `maxFileSize`, binary, ignored). */
export function skippedDiagnostic(reason: string): Diagnostic {
  const start = { line: 0, character: 0 };
  return { range: { start, end: start }, severity: DiagnosticSeverity.Information, source: DIAGNOSTIC_SOURCE, message: reason };
}

/** Whether a diagnostic the client sends back is the one made from `finding` (on `document`, where it was placed). */
export function isDiagnosticOf(diagnostic: Diagnostic, finding: Finding, document: DocumentView): boolean {
  const a = diagnostic.range;
  const b = placed(finding, document);
  return diagnostic.code === finding.ruleId && a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** A core edit (offsets) as an LSP edit (positions) on `document`. */
export function toTextEdit(document: DocumentView, edit: { offset: number; endOffset: number; newText: string }): TextEdit {
  return { range: { start: document.positionAt(edit.offset), end: document.positionAt(edit.endOffset) }, newText: edit.newText };
}
