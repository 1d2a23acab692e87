import * as vscode from 'vscode';
import { markerRange, type Finding, type Fix, type Range as CoreRange, type Severity } from '../core/index';
import { DIAGNOSTIC_SOURCE } from './contract';

/** The one place core results become `vscode` types. Positions are 0-based UTF-16 on both sides. */

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function toSeverity(severity: Severity): vscode.DiagnosticSeverity {
  return SEVERITY[severity];
}

export function toRange(range: CoreRange): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

export function offsetRange(document: vscode.TextDocument, offset: number, endOffset: number): vscode.Range {
  return new vscode.Range(document.positionAt(offset), document.positionAt(endOffset));
}

/**
 * A diagnostic whose code links to the rule's documentation page. With the text of the line the
 * finding starts on, an empty range is placed where the editor does not widen it over a word.
 */
export function toDiagnostic(finding: Finding, lineText?: string): vscode.Diagnostic {
  const range = lineText === undefined ? finding.range : markerRange(finding.range, lineText);
  const diagnostic = new vscode.Diagnostic(toRange(range), finding.message, toSeverity(finding.severity));
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: finding.ruleId, target: vscode.Uri.parse(finding.url) };
  return diagnostic;
}

/** A fix as an edit on `document`; the offsets are the core's document offsets. */
export function toTextEdit(document: vscode.TextDocument, fix: Pick<Fix, 'offset' | 'endOffset' | 'newText'>): vscode.TextEdit {
  return vscode.TextEdit.replace(offsetRange(document, fix.offset, fix.endOffset), fix.newText);
}

export function toWorkspaceEdit(document: vscode.TextDocument, fixes: ReadonlyArray<Pick<Fix, 'offset' | 'endOffset' | 'newText'>>): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  edit.set(document.uri, fixes.map((f) => toTextEdit(document, f)));
  return edit;
}

/** A diagnostic on a data file (config, terminology) from a 1-based line and column. */
export function problemDiagnostic(line: number, column: number, message: string): vscode.Diagnostic {
  const start = new vscode.Position(Math.max(0, line - 1), Math.max(0, column - 1));
  const diagnostic = new vscode.Diagnostic(new vscode.Range(start, start.translate(0, 1)), message, vscode.DiagnosticSeverity.Error);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  return diagnostic;
}
