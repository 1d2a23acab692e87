// A team's own terminology file (neuroterm.terminologyFiles): its problems show on the file itself, its
// good entries apply, and the bundled terminology keeps working.
import * as vscode from 'vscode';
import { deepEqual, equal, match } from './check';
import {
  activateExtension, codeOf, openFile, rangeText, setSetting, waitForDiagnostics, workspaceFile,
} from './vscode-helpers';

// Two letters off, so the bundled near-miss reading (one letter off) does not flag it once the team file is gone.
const HOUSE_MISSPELLING = /^"Chronic inflamatry demyelinating polyneuropathy" is misspelled/;

describe('terminology files', () => {
  before(activateExtension);

  it('broken files and entries become diagnostics on their files while the rest keeps working', async () => {
    const house = await openFile('house.md');
    const claims = await openFile('claims.md');
    const restore = await setSetting('terminologyFiles', ['unreadable-terms.yaml', 'house-terms.yaml']);
    try {
      // The good entry: a misspelling the team added is now flagged.
      await waitForDiagnostics(house.uri, (ds) => ds.some((d) => HOUSE_MISSPELLING.test(d.message)), "the team's misspelling");
      // The broken entry: one diagnostic per problem, at the entry, on the terminology file.
      const problems = await waitForDiagnostics(workspaceFile('house-terms.yaml'), (ds) => ds.length > 0, 'terminology problems');
      deepEqual(
        problems.map((d) => d.message).sort(),
        ['definition', 'reviewed', 'site', 'sources'].map((f) => `examplimab: missing required field "${f}"`),
        'problems in house-terms.yaml',
      );
      for (const d of problems) {
        equal(rangeText(d.range), '4:4-4:5', 'problem range (the broken entry, line 5)');
        equal(d.severity, vscode.DiagnosticSeverity.Error, 'problem severity');
      }
      // A file that is not YAML at all: one diagnostic where the parser gave up (line 5).
      const syntax = await waitForDiagnostics(workspaceFile('unreadable-terms.yaml'), (ds) => ds.length > 0, 'a YAML syntax problem');
      equal(syntax.length, 1, 'problems in unreadable-terms.yaml');
      match(syntax[0]!.message, /^YAML syntax: /, 'syntax problem message');
      equal(syntax[0]!.range.start.line, 4, 'syntax problem line (0-based)');
      // The bundled terminology still applies to other documents.
      await waitForDiagnostics(claims.uri, (ds) => ds.some((d) => codeOf(d) === 'spelling'), 'the bundled misspelling');
    } finally {
      await restore();
    }
    await waitForDiagnostics(house.uri, (ds) => !ds.some((d) => HOUSE_MISSPELLING.test(d.message)), 'the team misspelling to go');
  });
});
