import { DiagnosticSeverity, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity } from '../core/index';
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
export function toDiagnostic(finding: Finding, uri: string): Diagnostic {
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: finding.url },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
  };
  if (finding.note) diagnostic.relatedInformation = [{ location: { uri, range: finding.range }, message: finding.note }];
  return diagnostic;
}

/** The information diagnostic a skipped document gets (over `maxFileSize`, binary, ignored). */
export function skippedDiagnostic(reason: string): Diagnostic {
  const start = { line: 0, character: 0 };
  return { range: { start, end: start }, severity: DiagnosticSeverity.Information, source: DIAGNOSTIC_SOURCE, message: reason };
}

/** Whether a diagnostic the client sends back is the one made from `finding`. */
export function isDiagnosticOf(diagnostic: Diagnostic, finding: Finding): boolean {
  const a = diagnostic.range;
  const b = finding.range;
  return diagnostic.code === finding.ruleId && a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** A core edit (offsets) as an LSP edit (positions) on `document`. */
export function toTextEdit(document: TextDocument, edit: { offset: number; endOffset: number; newText: string }): TextEdit {
  return { range: { start: document.positionAt(edit.offset), end: document.positionAt(edit.endOffset) }, newText: edit.newText };
}
