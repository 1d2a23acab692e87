import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, fork, spawn, spawnSync } from '../../src/extension/server-process';

test('the desktop extension can start its own language server and nothing else', () => {
  assert.throws(() => fork('/usr/bin/curl', []), /starts only its own language server, not \/usr\/bin\/curl/);
  assert.throws(() => fork('/work/ext/dist/server.js.evil', []), /starts only its own language server/);
  assert.throws(() => spawn(), /child_process\.spawn is not bundled/);
  assert.throws(() => spawnSync(), /child_process\.spawnSync is not bundled/);
  assert.throws(() => execFileSync(), /child_process\.execFileSync is not bundled/);
});
