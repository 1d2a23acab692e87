import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parentUri, relativeTo, resolveUri } from '../../src/server/uri-path';

test('parentUri climbs one folder and stops at the root of the scheme and authority', () => {
  assert.equal(parentUri('file:///work/docs/a.md'), 'file:///work/docs');
  assert.equal(parentUri('file:///work'), 'file://');
  assert.equal(parentUri('file://'), 'file://');
  assert.equal(parentUri('vscode-test-web://mount/a.md'), 'vscode-test-web://mount');
  assert.equal(parentUri('vscode-test-web://mount'), 'vscode-test-web://mount');
});

test('resolveUri joins relative paths (with .. and spaces), keeps absolute paths on the same root, and passes URIs through', () => {
  assert.equal(resolveUri('file:///work/docs', 'terms/house.yaml'), 'file:///work/docs/terms/house.yaml');
  assert.equal(resolveUri('file:///work/docs/', '../shared terms.yaml'), 'file:///work/shared%20terms.yaml');
  assert.equal(resolveUri('vscode-vfs://github/org/repo', '/terms.yaml'), 'vscode-vfs://github/terms.yaml');
  assert.equal(resolveUri('file:///work', 'untitled:x.yaml'), 'untitled:x.yaml');
});

test('relativeTo gives the decoded path below a folder, or undefined outside it', () => {
  assert.equal(relativeTo('file:///work', 'file:///work/my%20docs/a.md'), 'my docs/a.md');
  assert.equal(relativeTo('file:///work/', 'file:///work/a.md'), 'a.md');
  assert.equal(relativeTo('file:///work', 'file:///workshop/a.md'), undefined);
});
