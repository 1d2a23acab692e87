import * as vscode from 'vscode';
import type { Range as CoreRange } from '../core/index';

/** A core range (0-based, UTF-16, as `vscode` counts) as a `vscode.Range`. */
export function toRange(range: CoreRange): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}
