import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';

// The held-out sites are kept for independent evaluation: no fact, corpus page or note may rest on them.
// The list lives beside the repository (`../shared`), as it does in CI.
const root = join(__dirname, '..', '..');
const heldOutList = join(root, '..', 'shared', 'held-out-sites.md');
const SCANNED = ['terminology', join('test', 'corpus'), 'docs'];

function heldOutDomains(): string[] {
  return readFileSync(heldOutList, 'utf8')
    .split('\n')
    .map((line) => /^- ([a-z0-9.-]+\.[a-z]+)\s*$/i.exec(line.trim())?.[1]?.toLowerCase())
    .filter((domain): domain is string => domain !== undefined);
}

function* textFiles(dir: string): Generator<string> {
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, item.name);
    if (item.isDirectory()) yield* textFiles(path);
    else if (/\.(md|ya?ml|json)$/.test(item.name)) yield path;
  }
}

test('no source, corpus page or note links to a held-out site', { skip: !existsSync(heldOutList) && 'no ../shared/held-out-sites.md' }, () => {
  const domains = heldOutDomains();
  assert.ok(domains.length > 10, `read only ${domains.length} domains from ${heldOutList}`);
  const hits: string[] = [];
  for (const dir of SCANNED) {
    for (const file of textFiles(join(root, dir))) {
      for (const [url, host] of readFileSync(file, 'utf8').matchAll(/https?:\/\/([^/\s"'<>)\]]+)[^\s"'<>)\]]*/g)) {
        const name = (host ?? '').toLowerCase().replace(/:\d+$/, '');
        if (domains.some((d) => name === d || name.endsWith(`.${d}`))) hits.push(`${relative(root, file)}: ${url}`);
      }
    }
  }
  assert.deepEqual(hits, []);
});
