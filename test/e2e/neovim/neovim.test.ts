import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../harness/paths';

/**
 * neuroterm-ls in an editor that is not VS Code: headless Neovim (Debian's 0.7 package, installed by
 * test/e2e/setup.sh) with its built-in LSP client. Its init.lua is the snippet from docs/editors.md, so the
 * documented set-up is what runs; `neuroterm-ls` on PATH is the built dist/server.js.
 */
function documentedInit(): string {
  const docs = readFileSync(path.join(ROOT, 'docs', 'editors.md'), 'utf8');
  const block = /<!-- neovim-init[^>]*-->\n```lua\n([\s\S]*?)```/.exec(docs);
  assert.ok(block, 'docs/editors.md has the Neovim init block');
  return block[1]!;
}

test('Neovim: diagnostic (rule, range), hover on a disease name, completion for "Guil", an incremental edit', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'neuroterm-nvim-'));
  const doc = path.join(dir, 'article.md');
  const out = path.join(dir, 'out.json');
  writeFileSync(doc, 'Guillian-Barre syndrome is rare.\n\nGuil\n');
  const init = path.join(dir, 'init.lua');
  writeFileSync(init, documentedInit());
  const bin = path.join(dir, 'bin');
  mkdirSync(bin);
  writeFileSync(path.join(bin, 'neuroterm-ls'), `#!/bin/sh\nexec "${process.execPath}" "${path.join(ROOT, 'dist', 'server.js')}" "$@"\n`);
  chmodSync(path.join(bin, 'neuroterm-ls'), 0o755);
  const run = spawnSync('nvim', ['--headless', '-n', '-i', 'NONE', '-u', init, '-c', `luafile ${path.join(__dirname, 'lsp-probe.lua')}`], {
    env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}`, NEUROTERM_DOC: doc, NEUROTERM_OUT: out, XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir },
    timeout: 90_000,
    encoding: 'utf8',
  });
  assert.equal(run.error, undefined, 'nvim starts (test/e2e/setup.sh installs it)');
  const seen = JSON.parse(readFileSync(out, 'utf8'));

  const spelling = {
    code: 'spelling',
    lnum: 0,
    col: 0,
    end_lnum: 0,
    end_col: 23,
    message: '"Guillian-Barre syndrome" is misspelled; write "Guillain-Barré syndrome".',
    source: 'neuroterm',
  };
  assert.deepEqual([seen.filetype, seen.opened, seen.diagnostics], ['markdown', true, [spelling]]);
  assert.deepEqual(seen.hover.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 23 } });
  assert.match(seen.hover.contents.value, /^\*\*Guillain-Barré syndrome\*\* · disease\n/);
  const first = seen.completion.items[0];
  assert.deepEqual([first.label, first.textEdit], [
    'Guillain-Barré syndrome',
    { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 4 } }, newText: 'Guillain-Barré syndrome' },
  ]);
  assert.equal(seen.edited, true);
  assert.deepEqual(
    seen.after_edit.map((d: { code: string; lnum: number; col: number; end_col: number }) => [d.code, d.lnum, d.col, d.end_col]),
    [['spelling', 0, 0, 23], ['anatomy-misclassification', 4, 0, 18]],
  );
});
