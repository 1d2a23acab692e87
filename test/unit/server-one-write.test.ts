import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { StreamMessageWriter, type Message } from 'vscode-languageserver/node';
import { oneWritePerMessage } from '../../src/server/one-write';

test('each message reaches the stream as one write: its header joined with its body', async () => {
  const out = new PassThrough();
  const writes: string[] = [];
  out.on('data', (chunk: Buffer) => writes.push(chunk.toString('utf8')));
  const writer = new StreamMessageWriter(oneWritePerMessage(out));
  const messages = [
    { jsonrpc: '2.0', id: 1, result: { contents: 'GBS' } },
    { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: 'Sjögren' } },
  ];
  for (const message of messages) await writer.write(message as Message);
  // Content-Length counts bytes: "ö" is two.
  assert.deepEqual(writes, [
    'Content-Length: 52\r\n\r\n{"jsonrpc":"2.0","id":1,"result":{"contents":"GBS"}}',
    'Content-Length: 87\r\n\r\n{"jsonrpc":"2.0","method":"window/logMessage","params":{"type":3,"message":"Sjögren"}}',
  ]);
});
