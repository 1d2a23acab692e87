import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, CompletionItem, CompletionList, Hover } from 'vscode-languageserver';
import { Linter } from '../../src/core/index';
import { openDocument, startServer, type LspClient } from './lsp-client';

const SPELLING = {
  range: { start: { line: 0, character: 0 }, end: { line: 0, character: 23 } },
  severity: 1,
  code: 'spelling',
  codeDescription: { href: 'https://github.com/neuroterm/neuroterm/blob/main/docs/rules/spelling.md' },
  source: 'neuroterm',
  message: '"Guillian-Barre syndrome" is misspelled; write "Guillain-Barré syndrome".',
};
const DOC = 'Guillian-Barre syndrome is rare.\n\nGuil';

async function withServer(options: Parameters<typeof startServer>[0], run: (client: LspClient) => Promise<void>): Promise<void> {
  const client = await startServer(options);
  try {
    await run(client);
  } finally {
    await client.stop();
  }
}

const change = (client: LspClient, uri: string, version: number, range: { start: { line: number; character: number }; end: { line: number; character: number } }, text: string) =>
  client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });

test('over stdio: diagnostics, hover on a disease name, completion for "Guil" and its resolve, with exact ranges', async () => {
  await withServer({}, async (client) => {
    const uri = 'file:///virtual/stdio.md';
    assert.deepEqual(await openDocument(client, uri, DOC), [SPELLING]);
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 5 } })) as Hover;
    assert.deepEqual(hover.range, SPELLING.range);
    assert.match((hover.contents as { value: string }).value, /^\*\*Guillain-Barré syndrome\*\* · disease\n/);
    const list = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 4 } })) as CompletionList;
    assert.equal(list.isIncomplete, true);
    const first = list.items[0]!;
    assert.deepEqual([first.label, first.textEdit], [
      'Guillain-Barré syndrome',
      { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 4 } }, newText: 'Guillain-Barré syndrome' },
    ]);
    assert.match((first.documentation as { value: string }).value, /^\*\*Guillain-Barré syndrome\*\*/, 'the best match carries its definition');
    // Resolve documents any item (here the same one, sent back without its documentation).
    const resolved = (await client.connection.sendRequest('completionItem/resolve', { ...first, documentation: undefined })) as CompletionItem;
    assert.deepEqual(resolved.documentation, first.documentation);
  });
});

test('evidence travels as related information on the flagged text; the glossary command lists the terms', async () => {
  await withServer({ inProcess: true }, async (client) => {
    const uri = 'file:///virtual/anatomy.md';
    const [d] = await openDocument(client, uri, 'Multiple sclerosis is a peripheral neuropathy.\n');
    assert.deepEqual(d?.relatedInformation, [
      {
        location: { uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 18 } } },
        message: 'Affects the brain and spinal cord (central nervous system); it is not a peripheral neuropathy.',
      },
    ]);
    // The glossary command returns the same Markdown the core builds, one entry per term, in document order.
    const glossary = (await client.connection.sendRequest('workspace/executeCommand', { command: 'neuroterm.glossary', arguments: [uri] })) as string;
    assert.deepEqual(glossary.split('\n').filter((l) => l.startsWith('#') || l.startsWith('**')).map((l) => l.split(':')[0]), [
      '## Glossary',
      '**Multiple sclerosis**',
      '**Peripheral neuropathy**',
    ]);
  });
});

test('incremental edits give the same diagnostics as opening the final text', async () => {
  await withServer({ inProcess: true }, async (client) => {
    const uri = 'file:///virtual/typing.md';
    const start = 'Intro.\n\nWe treat CIDP.\n\nGuillian-Barre syndrome is rare.\n';
    await openDocument(client, uri, start);
    // Type "Multiple sclerosis is a peripheral neuropathy. " in front of "We", one keystroke per change.
    const typed = 'Multiple sclerosis is a peripheral neuropathy. ';
    let version = 1;
    for (let i = 0; i < typed.length; i++) await change(client, uri, ++version, { start: { line: 2, character: i }, end: { line: 2, character: i } }, typed[i]!);
    // Then delete "Intro." with one range and retype it in two.
    await change(client, uri, ++version, { start: { line: 0, character: 0 }, end: { line: 0, character: 6 } }, '');
    await change(client, uri, ++version, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, 'Int');
    const last = client.diagnostics(uri, version + 1);
    await change(client, uri, ++version, { start: { line: 0, character: 3 }, end: { line: 0, character: 3 } }, 'ro.');
    const incremental = await last;
    const final = 'Intro.\n\nMultiple sclerosis is a peripheral neuropathy. We treat CIDP.\n\nGuillian-Barre syndrome is rare.\n';
    const fresh = await openDocument(client, 'file:///virtual/fresh.md', final);
    // Related information names the document's own URI; everything else must be equal.
    assert.deepEqual(incremental, JSON.parse(JSON.stringify(fresh).replaceAll('file:///virtual/fresh.md', uri)));
    assert.deepEqual(incremental.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}`), [
      'anatomy-misclassification 2:0',
      'abbreviation-undefined 2:56',
      'spelling 4:0',
    ]);
  });
});

test('several changes in one didChange (multi-cursor) apply in order and equal a fresh check', async () => {
  await withServer({ inProcess: true }, async (client) => {
    const uri = 'file:///virtual/multi.md';
    await openDocument(client, uri, 'One.\n\nTwo CIDP.\n\nThree.\n');
    const published = client.diagnostics(uri, 2);
    // Each range is in the text as left by the changes before it (LSP order).
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [
        { range: { start: { line: 4, character: 0 }, end: { line: 4, character: 5 } }, text: 'Guillian-Barre syndrome' },
        { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Multiple sclerosis is a peripheral neuropathy.\n\n' },
        { range: { start: { line: 4, character: 3 }, end: { line: 4, character: 3 } }, text: ' more' },
      ],
    });
    const final = 'Multiple sclerosis is a peripheral neuropathy.\n\nOne.\n\nTwo more CIDP.\n\nGuillian-Barre syndrome.\n';
    const fresh = await openDocument(client, 'file:///virtual/multi-fresh.md', final);
    assert.deepEqual(await published, JSON.parse(JSON.stringify(fresh).replaceAll('file:///virtual/multi-fresh.md', uri)));
    assert.deepEqual(fresh.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}`), ['anatomy-misclassification 0:0', 'abbreviation-undefined 4:9', 'spelling 6:0']);
  });
});

test('code actions: the quick fix, disable for this line, and source.fixAll.neuroterm', async () => {
  await withServer({ inProcess: true }, async (client) => {
    const uri = 'file:///virtual/actions.md';
    const text = 'Guillian-Barre syndrome is rare.\n\nPeople with Guillian-Barre syndrome recover.\n';
    const diagnostics = await openDocument(client, uri, text);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostics[0]!.range,
      context: { diagnostics: [diagnostics[0]] },
    })) as CodeAction[];
    assert.deepEqual(actions.map((a) => [a.title, a.kind, a.edit?.changes?.[uri]]), [
      ['Change to "Guillain-Barré syndrome"', 'quickfix', [{ range: SPELLING.range, newText: 'Guillain-Barré syndrome' }]],
      ['Disable spelling for this line', 'quickfix', [{ range: { start: { line: 0, character: 32 }, end: { line: 0, character: 32 } }, newText: ' <!-- neuroterm-disable-line spelling -->' }]],
      ['Fix all NeuroTerm problems', 'quickfix', [
        { range: SPELLING.range, newText: 'Guillain-Barré syndrome' },
        { range: { start: { line: 2, character: 12 }, end: { line: 2, character: 35 } }, newText: 'Guillain-Barré syndrome' },
      ]],
    ]);
    const source = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: SPELLING.range,
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    assert.deepEqual(source.map((a) => [a.title, a.kind, a.edit?.changes?.[uri]?.length]), [['Fix all NeuroTerm problems', 'source.fixAll.neuroterm', 2]]);
  });
});

test('settings: initializationOptions, workspace/configuration and .neuroterm.json (which wins)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'neuroterm-ls-'));
  const uri = pathToFileURL(join(dir, 'doc.md')).href;
  await withServer({ inProcess: true, initializationOptions: { neuroterm: { rules: { spelling: 'off' } } } }, async (client) => {
    assert.deepEqual(await openDocument(client, 'file:///virtual/off.md', DOC), []);
  });
  await withServer({ inProcess: true, settings: { rules: { spelling: 'hint' } } }, async (client) => {
    assert.deepEqual((await openDocument(client, 'file:///virtual/hint.md', DOC)).map((d) => d.severity), [4]);
    writeFileSync(join(dir, '.neuroterm.json'), JSON.stringify({ rules: { spelling: 'warning' } }));
    assert.deepEqual((await openDocument(client, uri, DOC)).map((d) => d.severity), [2]);
  });
});

test('bad input: a broken config keeps the last good one; a throwing rule keeps the last diagnostics; a big file gets one information diagnostic', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'neuroterm-ls-'));
  const uri = pathToFileURL(join(dir, 'doc.md')).href;
  writeFileSync(join(dir, '.neuroterm.json'), JSON.stringify({ rules: { spelling: 'warning' } }));
  await withServer({ inProcess: true }, async (client) => {
    assert.deepEqual((await openDocument(client, uri, DOC)).map((d) => d.severity), [2]);
    writeFileSync(join(dir, '.neuroterm.json'), '{ "rules": { "spelling": ');
    const again = client.diagnostics(uri);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(dir, '.neuroterm.json')).href, type: 2 }] });
    assert.deepEqual((await again).map((d) => d.severity), [2]);
    assert.ok(client.logs.some((l) => l.endsWith('.neuroterm.json does not parse; NeuroTerm keeps using its last good version.')), client.logs.join('\n'));

    const lint = Linter.prototype.lintChunks;
    Linter.prototype.lintChunks = () => {
      throw new Error('a rule bug');
    };
    try {
      let published = 0;
      const counting = client.diagnostics(uri, 2, 2000).then(() => published++, () => undefined);
      await change(client, uri, 2, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, 'x');
      await until(() => client.logs.some((l) => l.includes('failed, the last diagnostics stay') && l.includes('a rule bug')));
      await counting;
      assert.equal(published, 0);
    } finally {
      Linter.prototype.lintChunks = lint;
    }
    const summary = (await client.connection.sendRequest('workspace/executeCommand', { command: 'neuroterm.checkMedicalClaims', arguments: [uri] })) as { total: number; findings: Array<{ ruleId: string }> };
    assert.deepEqual([summary.total, summary.findings.map((f) => f.ruleId)], [1, ['spelling']]);
  });
  await withServer({ inProcess: true, initializationOptions: { maxFileSize: 10 } }, async (client) => {
    assert.deepEqual(await openDocument(client, 'file:///virtual/big.md', DOC), [
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: 3,
        source: 'neuroterm',
        message: 'Skipped: the file is more than 10 bytes, over the neuroterm.maxFileSize limit of 10 bytes. Raise the limit to check it.',
      },
    ]);
  });
});

/** Waits for a condition the server reaches asynchronously (a log line), polling, with a timeout. */
async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 10));
  }
}
