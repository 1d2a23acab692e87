// Live diagnostics and quick fixes, read from VS Code's diagnostics collection.
import * as vscode from 'vscode';
import { deepEqual, equal, match, ok } from './check';
import {
  activateExtension, codeOf, DOCS_BASE, neurotermDiagnostics, openFile, rangeText, waitForDiagnostics,
} from './vscode-helpers';

describe('diagnostics and quick fixes', () => {
  before(activateExtension);

  it('multiple sclerosis called a peripheral neuropathy gets an anatomy-misclassification error on the disease name', async () => {
    const doc = await openFile('anatomy.md');
    const ds = await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'anatomy-misclassification'), 'anatomy-misclassification');
    const hits = ds.filter((x) => codeOf(x) === 'anatomy-misclassification');
    equal(hits.length, 1, 'anatomy-misclassification diagnostics (the correct second sentence stays quiet)');
    const d = hits[0]!;
    equal(rangeText(d.range), ANATOMY_RANGE, 'range');
    equal(doc.getText(d.range), ANATOMY_TEXT, 'flagged text');
    equal(d.severity, vscode.DiagnosticSeverity.Error, 'severity');
    match(d.message, /central nervous system/, 'message');
    equal(d.source, 'neuroterm', 'source');
    ok(typeof d.code === 'object', 'code carries a docs link');
    equal(d.code.target.toString(true), `${DOCS_BASE}anatomy-misclassification.md`, 'docs target');
  });

  it('a correct paragraph gets no diagnostics', async () => {
    const doc = await openFile('clean.md');
    // The misspelled file opened alongside proves the extension is checking; then this one must be empty.
    const other = await openFile('spelling.md');
    await waitForDiagnostics(other.uri, (d) => d.length > 0, 'any diagnostic on spelling.md');
    deepEqual(neurotermDiagnostics(doc.uri).map((d) => d.message), [], 'diagnostics on clean.md');
  });

  it('the "Change to" quick fix corrects a misspelling and its diagnostic goes away', async () => {
    const doc = await openFile('spelling.md');
    const ds = await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'spelling'), 'a spelling error');
    const d = ds.find((x) => codeOf(x) === 'spelling')!;
    equal(d.severity, vscode.DiagnosticSeverity.Error, 'severity');
    equal(doc.getText(d.range), 'Guillian-Barre syndrome', 'flagged text');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value,
    );
    const fix = actions.find((a) => a.title === 'Change to "Guillain-Barré syndrome"');
    ok(fix, `quick fix offered; got ${JSON.stringify(actions.map((a) => a.title))}`);
    ok(fix.edit, 'the quick fix carries an edit');
    ok(await vscode.workspace.applyEdit(fix.edit), 'the edit applies');
    equal(doc.lineAt(2).text, 'Guillain-Barré syndrome can start with tingling in the feet.', 'line after the fix');
    await waitForDiagnostics(doc.uri, (now) => !now.some((x) => codeOf(x) === 'spelling'), 'the spelling error to go');
  });

  it('in a document with 2,000 findings, a mistake typed at the end is underlined (findings are capped near the cursor)', async () => {
    const content = 'Guillian-Barre syndrome is rare.\n\n'.repeat(2000);
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
    const editor = await vscode.window.showTextDocument(doc);
    const first = await waitForDiagnostics(doc.uri, (d) => d.length > 0, 'the first check of the long document', 60_000);
    ok(first.length <= 1000, `at most 1,000 diagnostics shown; got ${first.length}`);
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(end, end);
    ok(await editor.edit((e) => e.insert(end, 'Corticosteroids are an effective treatment for GBS.\n')), 'the typed line applies');
    const ds = await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'treatment-claim'), 'the new mistake at the end', 60_000);
    const typed = ds.find((x) => codeOf(x) === 'treatment-claim')!;
    equal(typed.range.start.line, 4000, 'the underline is on the typed line');
    ok(ds.length <= 1000, `still at most 1,000 diagnostics; got ${ds.length}`);
  });

  it('the reading grade of a page with a plain-text title is marked after the title, not on its first word', async () => {
    const title = 'What nerve damage feels like';
    const hard = 'Immunomodulatory interventions necessitate individualized evaluation of electrophysiological abnormalities. ';
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: `${title}\n\n${hard.repeat(14)}\n` });
    await vscode.window.showTextDocument(doc);
    const ds = await waitForDiagnostics(doc.uri, (d) => d.some((x) => x.message.startsWith('The document reads at')), 'the document reading grade');
    const grade = ds.find((x) => x.message.startsWith('The document reads at'))!;
    equal(rangeText(grade.range), `0:${title.length}-0:${title.length}`, 'an empty marker after the title');
  });
});

// The rule flags the misplaced disease's name (see its docs page); line 3 of anatomy.md, 0-based 2.
const ANATOMY_TEXT = 'Multiple sclerosis';
const ANATOMY_RANGE = '2:0-2:18';
