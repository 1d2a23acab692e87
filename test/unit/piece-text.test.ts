import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { PieceText } from '../../src/server/piece-text';

/** A small deterministic random source, so a failure repeats. */
function random(seed: number): () => number {
  return () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
}

const LINES = ['Guillain-Barré syndrome is rare.\n', 'CIDP lasts more than 8 weeks.\r\n', 'A lone carriage return\r', '\n', 'no break', '—‘quoted’—\n'];

function sample(next: () => number, size: number): string {
  let text = '';
  while (text.length < size) text += LINES[Math.floor(next() * LINES.length)];
  return text;
}

/** Every position question asked of both at a spread of places, plus the whole text. */
function assertSame(pieces: PieceText, doc: TextDocument, next: () => number): void {
  const text = doc.getText();
  assert.equal(pieces.toString(), text);
  assert.equal(pieces.length, text.length);
  assert.equal(pieces.lineCount, doc.lineCount);
  for (let i = 0; i < 40; i++) {
    const offset = Math.floor(next() * (text.length + 2)) - 1;
    assert.deepEqual(pieces.positionAt(offset), doc.positionAt(offset), `positionAt(${offset})`);
    const position = { line: Math.floor(next() * (doc.lineCount + 1)), character: Math.floor(next() * 40) };
    assert.equal(pieces.offsetAt(position), doc.offsetAt(position), `offsetAt(${JSON.stringify(position)})`);
    const end = offset + Math.floor(next() * 40000);
    assert.equal(pieces.slice(offset, end), text.slice(offset, end), `slice(${offset}, ${end})`);
  }
}

test('PieceText answers as TextDocument after random edits (LF, CRLF and lone CR lines; edits across pieces)', () => {
  const next = random(7);
  const start = sample(next, 90_000);
  let pieces = PieceText.of(start);
  let doc = TextDocument.create('file:///t.md', 'markdown', 1, start);
  assertSame(pieces, doc, next);
  for (let version = 2; version < 400; version++) {
    const text = doc.getText();
    const at = Math.floor(next() * (text.length + 1));
    const length = next() < 0.1 ? Math.floor(next() * 40_000) : Math.floor(next() * 4);
    const end = Math.min(text.length, at + length);
    const inserted = next() < 0.3 ? sample(next, Math.floor(next() * 200)) : ['x', '\n', '\r', '\r\n', '', ' new'][Math.floor(next() * 6)]!;
    const range = { start: doc.positionAt(at), end: doc.positionAt(end) };
    // The same edit as an editor sends it: by positions, which both sides turn into offsets their own way.
    pieces = pieces.edited(pieces.offsetAt(range.start), pieces.offsetAt(range.end), inserted);
    doc = TextDocument.update(doc, [{ range, text: inserted }], version);
    if (version % 20 === 0) assertSame(pieces, doc, next);
  }
  assertSame(pieces, doc, next);
});

test('PieceText: deleting everything and typing again; an empty text has one line', () => {
  let pieces = PieceText.of(sample(random(3), 50_000));
  pieces = pieces.edited(0, pieces.length, '');
  assert.equal(pieces.toString(), '');
  assert.equal(pieces.lineCount, 1);
  assert.deepEqual(pieces.positionAt(5), { line: 0, character: 0 });
  pieces = pieces.edited(0, 0, 'GBS\nCIDP');
  assert.deepEqual(pieces.positionAt(8), { line: 1, character: 4 });
  assert.equal(pieces.offsetAt({ line: 1, character: 2 }), 6);
});

test('PieceText: an edit shares the pieces it does not touch, so a keystroke copies kilobytes, not the document', () => {
  const big = PieceText.of('GBS is rare.\n'.repeat(80_000));
  const typed = big.edited(500_000, 500_000, 'x');
  assert.equal(typed.slice(499_998, 500_003), big.slice(499_998, 500_000) + 'x' + big.slice(500_000, 500_002));
  assert.equal(typed.slice(0, 100), big.slice(0, 100));
  assert.equal(typed.length, big.length + 1);
});
