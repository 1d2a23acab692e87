// Settings take effect without a reload.
import * as vscode from 'vscode';
import { equal } from './check';
import { activateExtension, codeOf, openFile, setSetting, waitForDiagnostics } from './vscode-helpers';

const isSpelling = (d: vscode.Diagnostic): boolean => codeOf(d) === 'spelling';

describe('settings', () => {
  before(activateExtension);

  it('turning a rule off in neuroterm.rules removes its diagnostics, turning it back on restores them', async () => {
    const doc = await openFile('settings.md');
    await waitForDiagnostics(doc.uri, (ds) => ds.some(isSpelling), 'a spelling error');
    const restore = await setSetting('rules', { spelling: 'off' });
    try {
      await waitForDiagnostics(doc.uri, (ds) => !ds.some(isSpelling), 'no spelling error with the rule off');
    } finally {
      await restore();
    }
    const back = await waitForDiagnostics(doc.uri, (ds) => ds.some(isSpelling), 'the spelling error back');
    equal(back.filter(isSpelling).length, 1, 'spelling errors after restoring');
  });

  it('a severity set in neuroterm.rules changes the diagnostic severity', async () => {
    const doc = await openFile('settings.md');
    const restore = await setSetting('rules', { spelling: 'info' });
    try {
      const info = (d: vscode.Diagnostic) => isSpelling(d) && d.severity === vscode.DiagnosticSeverity.Information;
      const ds = await waitForDiagnostics(doc.uri, (d) => d.some(info), 'the spelling finding as information');
      equal(ds.filter(isSpelling).length, 1, 'spelling diagnostics');
    } finally {
      await restore();
    }
    await waitForDiagnostics(doc.uri, (d) => d.some((x) => isSpelling(x) && x.severity === vscode.DiagnosticSeverity.Error), 'back to error');
  });
});
