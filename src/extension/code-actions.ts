import * as vscode from 'vscode';
import { disableLineEdit, fixAllEdits, fixTitle, type Finding } from '../core/index';
import { DIAGNOSTIC_SOURCE, FIX_ALL_KIND } from './contract';
import { offsetRange, toTextEdit, toWorkspaceEdit } from './convert';
import type { DiagnosticsController } from './diagnostics';
import { formatOf } from './documents';
import { guarded, type Log } from './log';

const FIX_ALL = vscode.CodeActionKind.Empty.append(FIX_ALL_KIND);

export const CODE_ACTION_KINDS = [vscode.CodeActionKind.QuickFix, FIX_ALL];

/**
 * Quick fixes from each finding's fixes, "Disable <rule> for this line", and "Fix all NeuroTerm
 * problems" (also as `source.fixAll.neuroterm` for `editor.codeActionsOnSave`).
 */
export function codeActionProvider(diagnostics: DiagnosticsController, log: Log): vscode.CodeActionProvider {
  return {
    provideCodeActions: (document, _range, context) =>
      guarded(log, 'code actions', [], async () => {
        if (context.only?.contains(FIX_ALL)) return fixAllAction(document, await findingsNow(diagnostics, document));
        if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix) && !vscode.CodeActionKind.QuickFix.contains(context.only)) return [];
        const actions: vscode.CodeAction[] = [];
        // "Fix all" joins the light bulb only beside a mechanical fix, never beside a claim rewrite.
        let mechanicalHere = false;
        for (const diagnostic of context.diagnostics) {
          if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
          const finding = diagnostics.findings.get(diagnostic);
          // A diagnostic from before the last edit may point at moved text: offer nothing until the re-check.
          if (!finding || document.getText(offsetRange(document, finding.offset, finding.endOffset)) !== finding.actual) continue;
          mechanicalHere ||= finding.fixes[0]?.mechanical === true;
          finding.fixes.forEach((fix, i) => {
            const action = new vscode.CodeAction(fixTitle(document.getText(), fix), vscode.CodeActionKind.QuickFix);
            action.edit = new vscode.WorkspaceEdit();
            action.edit.set(document.uri, [toTextEdit(document, fix)]);
            action.diagnostics = [diagnostic];
            action.isPreferred = i === 0;
            actions.push(action);
          });
          if (formatOf(document) === 'markdown') actions.push(disableAction(document, diagnostic, finding));
        }
        if (mechanicalHere) {
          const all = await findingsNow(diagnostics, document);
          if (fixAllEdits(all).length > 1) actions.push(...fixAllAction(document, all, vscode.CodeActionKind.QuickFix));
        }
        return actions;
      }),
  };
}

function disableAction(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, finding: Finding): vscode.CodeAction {
  const action = new vscode.CodeAction(`Disable ${finding.ruleId} for this line`, vscode.CodeActionKind.QuickFix);
  action.edit = toWorkspaceEdit(document, [disableLineEdit(document.getText(), finding.range.start.line, finding.ruleId)]);
  action.diagnostics = [diagnostic];
  return action;
}

function fixAllAction(document: vscode.TextDocument, findings: readonly Finding[], kind = FIX_ALL): vscode.CodeAction[] {
  const fixes = fixAllEdits(findings);
  if (fixes.length === 0) return [];
  const action = new vscode.CodeAction('Fix all NeuroTerm problems', kind);
  action.edit = toWorkspaceEdit(document, fixes);
  return [action];
}

/** The published findings may be a keystroke old, so "Fix all" checks the current text first (cheap: the linter caches chunks). */
async function findingsNow(diagnostics: DiagnosticsController, document: vscode.TextDocument): Promise<Finding[]> {
  const result = await diagnostics.compute(document);
  return result?.kind === 'checked' ? result.findings : [];
}
