// The server as the VS Code client runs it (also in the web worker): files read through the client
// (`neuroterm/readFile`), workspace folders, `neuroterm/status`, data-file problems as diagnostics, and
// the commands the extension calls. In process, over in-memory pipes, with an in-memory workspace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openDocument, startServer, type LspClient } from './lsp-client';
import { SERVER_COMMANDS, STATUS_NOTIFICATION, type CheckedFile, type StatusParams } from '../../src/server/protocol';

const FOLDER = 'vscode-test-web://mount';
const HOUSE_TERMS = 'entries:\n  - id: cidp\n    misspellings: [chronic inflamatory demyelinating polyneuropathy]\n  - id: examplimab\n    preferred: examplimab\n    kind: treatment\n';
const HOUSE = 'Chronic inflamatory demyelinating polyneuropathy is looked after by a neurologist.\n';
const CLIENT = { readFiles: 'client', status: true, advertiseCommands: false };

async function withClient(files: Record<string, string>, settings: unknown, run: (client: LspClient) => Promise<void>): Promise<void> {
  const client = await startServer({ inProcess: true, initializationOptions: CLIENT, settings, workspaceFolders: [FOLDER], files });
  try {
    await run(client);
  } finally {
    await client.stop();
  }
}

test('terminology files and .neuroterm.json are read through the client; their problems are diagnostics on the files', async () => {
  const files = { [`${FOLDER}/house-terms.yaml`]: HOUSE_TERMS, [`${FOLDER}/docs/.neuroterm.json`]: '{ "rules": { "spelling": "warning" }, "audience": 3 }' };
  await withClient(files, { terminologyFiles: ['house-terms.yaml', 'missing.yaml'] }, async (client) => {
    const problems = client.diagnostics(`${FOLDER}/house-terms.yaml`);
    const configProblems = client.diagnostics(`${FOLDER}/docs/.neuroterm.json`);
    const found = await openDocument(client, `${FOLDER}/docs/house.md`, HOUSE);
    assert.deepEqual(found.map((d) => [d.code, d.severity, String(d.message).slice(0, 60)]), [['spelling', 2, '"Chronic inflamatory demyelinating polyneuropathy" is misspe']]);
    assert.deepEqual((await problems).map((d) => [d.message, `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`, d.severity]).sort(), [
      ['examplimab: missing required field "definition"', '3:4-3:5', 1],
      ['examplimab: missing required field "reviewed"', '3:4-3:5', 1],
      ['examplimab: missing required field "site"', '3:4-3:5', 1],
      ['examplimab: missing required field "sources"', '3:4-3:5', 1],
    ]);
    assert.deepEqual((await configProblems).map((d) => d.message), ['audience: expected one of patient, professional']);
    assert.ok(client.logs.some((l) => l === `terminology file ${FOLDER}/missing.yaml cannot be read; it is skipped.`), client.logs.join('\n'));
  });
});

test('status after each check: the count, the findings held back, the grade; the report commands', async () => {
  await withClient({}, undefined, async (client) => {
    const statuses: StatusParams[] = [];
    const nextStatus = () => new Promise<StatusParams>((resolve) => client.connection.onNotification(STATUS_NOTIFICATION, (s: StatusParams) => (statuses.push(s), resolve(s))));
    const uri = `${FOLDER}/many.md`;
    const text = 'Guillian-Barre syndrome is rare.\n\n'.repeat(1200);
    const reported = nextStatus();
    const first = await openDocument(client, uri, text);
    assert.equal(first.length, 500);
    const status = await reported;
    assert.deepEqual([status.uri, status.kind, status.count, status.heldBack], [uri, 'checked', 1200, 700]);
    assert.equal(typeof status.grade, 'number');
    // The last edit moves the published window: a finding typed at the end is among the diagnostics.
    const end = { line: 2400, character: 0 };
    const next = client.diagnostics(uri, 2);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: end, end }, text: 'Corticosteroids are an effective treatment for GBS.\n' }] });
    assert.ok((await next).some((d) => d.code === 'treatment-claim' && d.range.start.line === 2400));
    const summary = (await client.connection.sendRequest('workspace/executeCommand', { command: SERVER_COMMANDS.checkMedicalClaims, arguments: [uri] })) as { total: number };
    assert.equal(summary.total, statuses.at(-1)!.count);
    const page = (await client.connection.sendRequest('workspace/executeCommand', { command: SERVER_COMMANDS.reviewPage, arguments: [uri, 'many.md'] })) as string;
    assert.equal(page.match(/<tr id="d1-f\d+"/g)?.length, summary.total);
  });
});

test('an empty range at the end of a word is drawn after the line text', async () => {
  await withClient({}, undefined, async (client) => {
    const title = 'What nerve damage feels like';
    const hard = 'Immunomodulatory interventions necessitate individualized evaluation of electrophysiological abnormalities. ';
    const found = await openDocument(client, `${FOLDER}/grade.md`, `${title}\n\n${hard.repeat(14)}\n`);
    const grade = found.find((d) => String(d.message).startsWith('The document reads at'));
    assert.deepEqual(grade?.range, { start: { line: 0, character: title.length }, end: { line: 0, character: title.length } });
    // The moved diagnostic, sent back by the editor, still finds its finding.
    const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: `${FOLDER}/grade.md` }, range: grade!.range, context: { diagnostics: [grade] } })) as Array<{ title: string }>;
    assert.deepEqual(actions.map((a) => a.title), ['Disable readability for this line']);
  });
});

test('terminology entries, the term at an offset, and checking files that are not open', async () => {
  const files = { [`${FOLDER}/a.md`]: 'Guillian-Barre syndrome is rare.\n', [`${FOLDER}/b.txt`]: 'Rest helps after a long walk.\n' };
  await withClient(files, undefined, async (client) => {
    const run = (command: string, ...args: unknown[]) => client.connection.sendRequest('workspace/executeCommand', { command, arguments: args });
    const terms = (await run(SERVER_COMMANDS.listTerms)) as Array<{ id: string; label: string }>;
    assert.ok(terms.some((t) => t.id === 'cidp' && t.label.endsWith('(CIDP)')), 'CIDP is listed with its abbreviation');
    await openDocument(client, `${FOLDER}/open.md`, 'People with CIDP may feel weak.\n');
    const atCursor = (await run(SERVER_COMMANDS.termPage, { uri: `${FOLDER}/open.md`, offset: 13, kind: 'json' })) as { id: string; text: string };
    assert.equal(atCursor.id, 'cidp');
    assert.equal(JSON.parse(atCursor.text).id, 'cidp');
    const checked = (await run(SERVER_COMMANDS.checkFiles, [`${FOLDER}/a.md`, `${FOLDER}/b.txt`, `${FOLDER}/gone.md`])) as CheckedFile[];
    assert.deepEqual(checked.map((f) => [f.uri.slice(FOLDER.length), f.kind, f.count, f.diagnostics.length]), [
      ['/a.md', 'checked', 1, 1],
      ['/b.txt', 'checked', 0, 0],
      ['/gone.md', 'error', 0, 0],
    ]);
  });
});

test('with neuroterm.run "onSave", edits wait for the save to be checked', async () => {
  await withClient({}, { run: 'onSave' }, async (client) => {
    const uri = `${FOLDER}/save.md`;
    assert.deepEqual(await openDocument(client, uri, 'Rest helps.\n'), []);
    let published = 0;
    const early = client.diagnostics(uri, 2, 1500).then(() => published++, () => undefined);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'Guillian-Barre syndrome is rare.\n' }] });
    await early;
    assert.equal(published, 0, 'nothing published before the save');
    const saved = client.diagnostics(uri, 2);
    await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    assert.deepEqual((await saved).map((d) => d.code), ['spelling']);
  });
});
