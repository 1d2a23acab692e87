import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STATUS_NOTIFICATION, type StatusParams } from '../../src/server/protocol';
import { openDocument, startServer } from './lsp-client';

const at = (line: number, character: number) => ({ start: { line, character }, end: { line, character } });

test('an edit that changes no diagnostic publishes nothing; the status says so, and the kept diagnostics equal a fresh check', async () => {
  const client = await startServer({ inProcess: true });
  try {
    const uri = 'file:///virtual/quiet.md';
    const first = await openDocument(client, uri, 'Rest helps.\n\nGuillian-Barre syndrome is rare.\n');
    assert.deepEqual(first.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}`), ['spelling 2:0']);
    let publishes = client.publishCount();
    const statuses: StatusParams[] = [];
    client.connection.onNotification(STATUS_NOTIFICATION, (s: StatusParams) => void statuses.push(s));
    const edit = async (version: number, range: ReturnType<typeof at>, text: string) => {
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
      await waitFor(() => statuses.some((s) => s.version === version));
    };
    // Typing in the first paragraph moves no finding: line 2 keeps its columns.
    await edit(2, at(0, 4), ' well');
    await edit(3, at(0, 9), ' and');
    assert.deepEqual(statuses.filter((s) => s.version > 1).map((s) => [s.version, s.published, s.count]), [[2, false, 1], [3, false, 1]]);
    assert.equal(client.publishCount(), publishes);
    // Typing before the misspelling moves it: published again, with the new columns.
    publishes = client.publishCount();
    const moved = client.diagnostics(uri, 4);
    await edit(4, at(2, 0), 'Sadly ');
    assert.deepEqual((await moved).map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}`), ['spelling 2:6']);
    assert.deepEqual(statuses.at(-1), { uri, version: 4, published: true, kind: 'checked', count: 1, heldBack: 0 });
    assert.equal(client.publishCount(), publishes + 1);
    const fresh = await openDocument(client, 'file:///virtual/fresh.md', 'Rest well and helps.\n\nSadly Guillian-Barre syndrome is rare.\n');
    assert.deepEqual(await moved, JSON.parse(JSON.stringify(fresh).replaceAll('file:///virtual/fresh.md', uri)));
  } finally {
    await client.stop();
  }
});

async function waitFor(done: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !done(); i++) await new Promise((r) => setTimeout(r, 5));
  assert.ok(done(), 'timed out waiting for the status');
}
