import { test } from 'node:test';
import assert from 'node:assert/strict';
import { messageBytes } from '../../src/server/message-json';

const text = (message: unknown) => new TextDecoder().decode(messageBytes(message));
const diagnostic = { range: { start: { line: 1, character: 2 }, end: { line: 1, character: 5 } }, severity: 1, message: 'Write "Guillain-Barré syndrome".' };

test('a published diagnostic list is the JSON of the message, diagnostics reused by object or not', () => {
  const publish = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a.md', version: 3, diagnostics: [diagnostic, { ...diagnostic, severity: 2 }] } };
  assert.equal(text(publish), JSON.stringify(publish));
  // The second time the same objects are encoded from the kept bytes.
  assert.equal(text(publish), JSON.stringify(publish));
  const empty = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { diagnostics: [] } };
  assert.equal(text(empty), JSON.stringify(empty));
});

test('every other message is plain JSON', () => {
  for (const message of [{ jsonrpc: '2.0', id: 1, result: null }, { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: 'é' } }]) {
    assert.equal(text(message), JSON.stringify(message));
  }
});
