import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Linter } from '../../src/core/index';
import { toDiagnostic } from '../../src/server/convert';
import { DiagnosticCache } from '../../src/server/diagnostic-cache';
import { terms } from './helpers';

const BEFORE = '# Nerves\n\nRest helps.\n\n## Later\n\nGuillian-Barre syndrome is rare.\n';

/** Checks `text` with one linter and one cache, as the server does per keystroke. */
function checker() {
  const linter = new Linter(terms);
  const cache = new DiagnosticCache();
  return (text: string, version: number) => {
    const document = TextDocument.create('file:///a.md', 'markdown', version, text);
    const result = linter.lintChunks(text);
    const diagnostics = cache.diagnostics(result.chunks, document);
    const findings = result.findings();
    return { diagnostics, fresh: findings.map((f) => toDiagnostic(f, document)) };
  };
}

test('a chunk moved by characters but not lines keeps its diagnostic objects; an edited or moved-down chunk gets new ones equal to fresh', () => {
  const check = checker();
  const opened = check(BEFORE, 1);
  assert.deepEqual(opened.diagnostics.map((d) => d.code), ['spelling']);
  assert.deepEqual(opened.diagnostics, opened.fresh);

  // Typing in the first paragraph moves the second chunk by characters, not lines.
  const typed = BEFORE.replace('Rest helps.', 'Rest often helps.');
  const again = check(typed, 2);
  assert.equal(again.diagnostics[0], opened.diagnostics[0]);
  assert.deepEqual(again.diagnostics, again.fresh);

  // A new line above moves it down a line: a new diagnostic on the new line.
  const down = check(typed.replace('Rest often helps.', 'Rest often\nhelps.'), 3);
  assert.notEqual(down.diagnostics[0], opened.diagnostics[0]);
  assert.equal(down.diagnostics[0]!.range.start.line, 7);
  assert.deepEqual(down.diagnostics, down.fresh);

  // Typing before it on its own line edits its chunk: a new diagnostic, equal to a fresh one.
  const shifted = check(typed.replace('Guillian', 'Sadly Guillian'), 4);
  assert.notEqual(shifted.diagnostics[0], opened.diagnostics[0]);
  assert.deepEqual(shifted.diagnostics, shifted.fresh);
});

test('an empty-range finding (a reading grade) is placed after the text of its line, in every chunk position', () => {
  const cache = new DiagnosticCache();
  const finding = { ruleId: 'readability', category: 'readability' as const, severity: 'info' as const, message: 'The document reads at grade 12.', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, offset: 0, endOffset: 0, actual: '', termId: null, fixes: [], url: 'u' };
  const document = TextDocument.create('file:///b.md', 'markdown', 1, '# Short\n\n# A much longer title\n');
  const [top] = cache.diagnostics([{ start: 0, lineBase: 0, findings: [finding] }], document);
  const [lower] = cache.diagnostics([{ start: 9, lineBase: 2, findings: [finding] }], document);
  assert.deepEqual(top!.range, toDiagnostic(finding, document).range);
  assert.deepEqual(lower!.range, toDiagnostic({ ...finding, range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } } }, document).range);
  assert.notDeepEqual(lower!.range, top!.range);
});
