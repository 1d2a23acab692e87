import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Linter } from '../../src/core/index';
import { toDiagnostic } from '../../src/server/convert';
import { DiagnosticCache } from '../../src/server/diagnostic-cache';
import { terms } from './helpers';

const BEFORE = '# Nerves\n\nRest helps.\n\n## Later\n\nGuillian-Barre syndrome is rare.\n';

test('a finding moved by characters but not lines keeps its diagnostic object; a changed one gets a new diagnostic', () => {
  const linter = new Linter(terms);
  const cache = new DiagnosticCache();
  const check = (text: string, version: number) => {
    const document = TextDocument.create('file:///a.md', 'markdown', version, text);
    const findings = linter.lint(text);
    return { finding: findings[0]!, diagnostic: cache.diagnostics(findings, document)[0]!, fresh: toDiagnostic(findings[0]!, document) };
  };
  const opened = check(BEFORE, 1);
  const first = opened.diagnostic;
  assert.equal(first.code, 'spelling');

  // Typing in the first paragraph shifts the misspelling's offsets (a new finding object) but not its line and columns.
  const typed = BEFORE.replace('Rest helps.', 'Rest often helps.');
  const again = check(typed, 2);
  assert.notEqual(again.finding, opened.finding);
  assert.equal(again.diagnostic, first);
  assert.deepEqual(again.diagnostic, again.fresh);

  // Typing before it on its own line moves its columns: a new diagnostic, equal to a fresh one.
  const shifted = check(typed.replace('Guillian', 'Sadly Guillian'), 3);
  assert.notEqual(shifted.diagnostic, first);
  assert.deepEqual(shifted.diagnostic, shifted.fresh);
});

test('a finding with an empty range never takes another finding\'s diagnostic: its marker depends on its line', () => {
  const cache = new DiagnosticCache();
  const finding = (message: string, line: string) => ({
    document: TextDocument.create('file:///b.md', 'markdown', 1, `${line}\n`),
    finding: { ruleId: 'readability', category: 'readability' as const, severity: 'info' as const, message, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, offset: 0, endOffset: 0, actual: '', termId: null, fixes: [], url: 'u' },
  });
  const a = finding('The document reads at grade 12.', '# Short');
  const b = finding('The document reads at grade 12.', '# A much longer title');
  const [da] = cache.diagnostics([a.finding], a.document);
  const [db] = cache.diagnostics([b.finding], b.document);
  assert.notEqual(db, da);
  assert.deepEqual(db, toDiagnostic(b.finding, b.document));
});
