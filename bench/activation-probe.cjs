/**
 * Child process of the benchmark: loads the shipped desktop bundle (dist/extension.js) against a
 * stand-in `vscode` module and calls `activate`, timing both. The stand-in answers every API call
 * with another stand-in, so the figure is NeuroTerm's own code: bundle evaluation, terminology
 * index and provider registration, without VS Code's start-up.
 */
'use strict';
// Plain JavaScript, run by plain `node`: a TypeScript loader would add its own start-up to the figure.
const { readFileSync } = require('node:fs');
const Module = require('node:module');
const { resolve } = require('node:path');

/** A callable, constructible object whose every property is another such object. */
function standIn() {
  const target = function () {};
  const proxy = new Proxy(target, {
    get: (_, key) => {
      if (key === Symbol.toPrimitive) return () => '';
      if (key === 'then') return undefined; // not a thenable, or `await` would hang
      if (key === Symbol.iterator) return function* () {};
      return proxy;
    },
    set: () => true,
    apply: () => proxy,
    construct: () => proxy,
  });
  return proxy;
}

/**
 * The `vscode` module: every top-level name the API declares, each a stand-in. Bundles copy the
 * module's own keys (esbuild's `__toESM`), so a bare Proxy would read as an empty module.
 */
function vscodeModule() {
  const declarations = readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
  const api = {};
  for (const m of declarations.matchAll(/^\t?export (?:namespace|class|enum|const|function|let) (\w+)/gm)) api[m[1]] = standIn();
  return api;
}

const vscode = vscodeModule();
const loader = Module;
const original = loader._load;
loader._load = (request, parent, isMain) => (request === 'vscode' ? vscode : original(request, parent, isMain));

const bundle = resolve(process.argv[2] ?? 'dist/extension.js');
/** Wall and CPU milliseconds since start-up of this measurement. */
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const start = performance.now();
const startCpu = cpu();
const extension = require(bundle);
const loaded = performance.now();
const loadedCpu = cpu();
const context = { subscriptions: [], extensionUri: standIn(), extensionPath: resolve('.'), globalState: standIn(), workspaceState: standIn() };
Promise.resolve(extension.activate?.(context))
  .then(() => {
    const activated = performance.now();
    const figures = { loadMs: loaded - start, activateMs: activated - loaded, loadCpuMs: loadedCpu - startCpu, activateCpuMs: cpu() - loadedCpu };
    process.stdout.write(JSON.stringify(figures));
  })
  .catch((error) => {
    process.stdout.write(JSON.stringify({ loadMs: loaded - start, error: String(error).slice(0, 200) }));
  });
