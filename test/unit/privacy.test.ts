import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { normalize } from 'node:path';
import pkg from '../../package.json';
import { bundlesIn, scanForNetwork } from './privacy-scan';

const found = (code: string) => scanForNetwork(code).map((u) => u.what);

test('the scanner finds every way to reach the network or start a process', () => {
  assert.deepEqual(found('require("https").get(u)'), ['require("https")']);
  assert.deepEqual(found("const h = require('node:http');"), ['require("node:http")']);
  assert.deepEqual(found('require("dns/promises")'), ['require("dns/promises")']);
  assert.deepEqual(found('require("child_process").spawn("curl")'), ['require("child_process")']);
  assert.deepEqual(found('require("net"); require("tls"); require("http2");'), ['require("net")', 'require("tls")', 'require("http2")']);
  assert.deepEqual(found('import("undici").then(() => 0)'), ['import("undici")']);
  assert.deepEqual(found('fetch("https://example.org")'), ['fetch']);
  assert.deepEqual(found('const f = fetch; f(u)'), ['fetch']);
  assert.deepEqual(found('globalThis.fetch(u)'), ['.fetch']);
  assert.deepEqual(found('window["fetch"](u)'), ['.fetch']);
  assert.deepEqual(found('new WebSocket(u)'), ['WebSocket']);
  assert.deepEqual(found('new self.XMLHttpRequest()'), ['.XMLHttpRequest']);
  assert.deepEqual(found('navigator.sendBeacon(u, d)'), ['.sendBeacon']);
  assert.deepEqual(found('vscode.env.createTelemetryLogger(s)'), ['.createTelemetryLogger']);
  assert.equal(scanForNetwork('x;\n\nfetch(u)')[0]?.line, 3);
});

test('the scanner ignores URLs, data and names that only look like network APIs', () => {
  assert.deepEqual(found('const link = "https://meshb.nlm.nih.gov/record/ui?ui=D020275";'), []);
  assert.deepEqual(found('const data = { fetch: "fetch", http: "require(\'https\')", note: "uses WebSocket" };'), []);
  assert.deepEqual(found('// require("https") in a comment\n/* fetch(u) */ const t = `http://x ${1}`;'), []);
  assert.deepEqual(found('cache.fetch(key); obj.WebSocket = 1; require("node:path"); require("fs");'), []);
  assert.deepEqual(found('require(name)'), [], 'a computed require is not a literal network module');
});

test('privacy: no shipped bundle can reach the network, start a process or send telemetry', () => {
  const bundles = bundlesIn('dist').map(normalize);
  const declared = [pkg.main, (pkg as { browser?: string }).browser, ...Object.values(pkg.bin ?? {})].filter((p): p is string => !!p).map(normalize);
  for (const entry of declared) assert.ok(bundles.includes(entry), `${entry} (declared in package.json) is built and scanned; run npm run build`);
  for (const bundle of bundles) {
    const code = readFileSync(bundle, 'utf8');
    let uses = scanForNetwork(code);
    if (bundle === normalize(pkg.main)) {
      // The desktop extension starts its language server: one child_process use, in server-process.ts,
      // whose fork accepts dist/server.js only (esbuild.config.mjs routes the client library's use there).
      assert.deepEqual(uses.map((u) => u.what), ['require("node:child_process")'], `${bundle}: child_process only through server-process.ts`);
      assert.ok(code.includes('NeuroTerm starts only its own language server'), `${bundle} holds the guarded fork`);
      uses = [];
    }
    assert.deepEqual(uses, [], `${bundle} uses ${uses.map((u) => `${u.what} (line ${u.line})`).join(', ')}`);
  }
});
