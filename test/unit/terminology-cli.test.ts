import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import bundled from '../../src/generated/terminology.json';
import { run } from '../../src/cli/commands/terminology';
import type { CliIo } from '../../src/cli/io';

function capture(args: string[], cwd = process.cwd()) {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => void (out += t), err: (t) => void (err += t), cwd, isTTY: false, readStdin: () => '' };
  const code = run(args, io);
  return { code, out, err };
}

test('terminology --format json prints {version: 1, entries} with the documented fields first', () => {
  const { code, out, err } = capture(['--format', 'json']);
  assert.deepEqual([code, err], [0, '']);
  const data = JSON.parse(out) as { version: number; entries: Array<Record<string, unknown>> };
  assert.deepEqual(Object.keys(data), ['version', 'entries']);
  assert.equal(data.version, 1);
  assert.equal(data.entries.length, bundled.entries.length);
  const gbs = data.entries.find((e) => e.id === 'guillain-barre-syndrome')!;
  assert.deepEqual(Object.keys(gbs).slice(0, 13), ['id', 'preferred', 'kind', 'site', 'synonyms', 'lay', 'abbreviations', 'misspellings', 'outdated', 'codes', 'relations', 'sources', 'reviewed']);
  assert.equal(gbs.preferred, 'Guillain-Barré syndrome');
  assert.deepEqual(data.entries.find((e) => e.id === 'brain')!.misspellings, []);
});

test('terminology lists entries as a table by default', () => {
  const { code, out } = capture([]);
  assert.equal(code, 0);
  assert.match(out, /^guillain-barre-syndrome +disease +Guillain-Barré syndrome$/m);
  assert.match(out, new RegExp(`^${bundled.entries.length} entries\\n$`, 'm'));
});

test('--terminology merges user files; a broken one is reported on stderr with exit 2', () => {
  const dir = mkdtempSync(join(tmpdir(), 'neuroterm-terminology-'));
  writeFileSync(join(dir, 'hide.yaml'), 'entries:\n  - id: brain\n    hidden: true\n');
  writeFileSync(join(dir, 'broken.yaml'), 'entries:\n  - id: ivig\n    kind: antibody\n');
  const hidden = capture(['--format', 'json', '--terminology', 'hide.yaml'], dir);
  assert.equal(hidden.code, 0);
  assert.equal((JSON.parse(hidden.out) as { entries: Array<{ id: string }> }).entries.some((e) => e.id === 'brain'), false);
  const broken = capture(['--terminology', 'broken.yaml'], dir);
  assert.equal(broken.code, 2);
  assert.equal(
    broken.err,
    'broken.yaml#/entries/0/kind:3:11 ivig: "kind" cannot change on bundled entry "ivig": a user file may only add synonyms, lay phrases, abbreviations, misspellings and outdated names to a bundled entry, or set hidden: true\n',
  );
});

test('an unknown format or a missing file is a usage error', () => {
  assert.throws(() => capture(['--format', 'xml']), /--format must be one of table, json/);
  assert.throws(() => capture(['--terminology', 'nope.yaml']), /cannot read terminology nope.yaml: ENOENT/);
});
