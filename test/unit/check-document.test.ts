import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Linter, checkDocument, checkText, extensionsOf, languageOfPath, type CheckHost, type Rule } from '../../src/core/index';
import { RULES } from '../../src/core/rules/index';
import { terms } from './helpers';

const MISTAKE = 'Guillian-Barre syndrome is rare.\n';
const base = { settings: {}, maxFileSize: 0 };

/** A host over an in-memory file table that records what it was asked to read. */
function memoryHost(files: Record<string, string>): CheckHost & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    size: async (path) => {
      if (!(path in files)) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return new TextEncoder().encode(files[path]).length;
    },
    readText: async (path) => {
      reads.push(path);
      return files[path]!;
    },
  };
}

test('checkDocument reads through the host and checks by the language of the path', async () => {
  const host = memoryHost({ '/a.md': MISTAKE, '/b.html': MISTAKE });
  const md = await checkDocument({ ...base, path: '/a.md' }, new Linter(terms), host);
  assert.equal(md.kind, 'checked');
  assert.deepEqual(md.kind === 'checked' && md.findings.map((f) => [f.ruleId, f.offset, f.endOffset, f.actual]), [['spelling', 0, 23, 'Guillian-Barre syndrome']]);
  assert.deepEqual(await checkDocument({ ...base, path: '/b.html' }, new Linter(terms), host), { kind: 'disabled' });
  assert.deepEqual(host.reads, ['/a.md']);
});

test('checkDocument respects the enabled languages, the ignore flag and reports unreadable files', async () => {
  const host = memoryHost({ '/a.txt': MISTAKE });
  assert.deepEqual(await checkDocument({ ...base, path: '/a.txt', languages: ['markdown'] }, new Linter(terms), host), { kind: 'disabled' });
  assert.deepEqual(await checkDocument({ ...base, path: '/a.txt', ignored: true }, new Linter(terms), host), {
    kind: 'skipped',
    reason: 'Skipped: the NeuroTerm config file ignores this file.',
  });
  const missing = await checkDocument({ ...base, path: '/gone.md' }, new Linter(terms), host);
  assert.equal(missing.kind === 'error' && missing.message, 'cannot read /gone.md: ENOENT');
});

test('checkDocument skips a file over the size limit without reading it, and a binary file after reading it', async () => {
  const host = memoryHost({ '/big.md': 'x'.repeat(2000), '/bin.md': 'PNG\u0000\u0000data' });
  const big = await checkDocument({ ...base, path: '/big.md', maxFileSize: 1000 }, new Linter(terms), host);
  assert.deepEqual(big, { kind: 'skipped', reason: 'Skipped: the file is 2 KB, over the neuroterm.maxFileSize limit of 1 KB. Raise the limit to check it.' });
  assert.deepEqual(host.reads, []);
  const bin = await checkDocument({ ...base, path: '/bin.md' }, new Linter(terms), host);
  assert.deepEqual(bin, { kind: 'skipped', reason: 'Skipped: the file looks binary (it contains NUL bytes).' });
});

test('checkText turns a throwing rule into an error result instead of throwing', () => {
  const broken = { ...RULES.find((r) => r.scope === 'block')!, check: () => { throw new Error('rule bug'); } } as Rule;
  // A linter that runs only the broken rule, the way a bug in a real rule would surface.
  const linter = { lintChunks: (text: string) => new Linter(terms).lintChunks(text, { rules: [broken] }) } as unknown as Linter;
  const failed = checkText(MISTAKE, 'markdown', base, linter);
  assert.equal(failed.kind === 'error' && failed.message, 'Not checked: an internal error (rule bug).');
});

test('language ids map to file extensions both ways', () => {
  assert.equal(languageOfPath('notes/Guide.MD'), 'markdown');
  assert.equal(languageOfPath('a.txt'), 'plaintext');
  assert.equal(languageOfPath('Makefile'), undefined);
  assert.deepEqual(extensionsOf(['markdown', 'plaintext', 'latex']), ['md', 'markdown', 'txt']);
});
