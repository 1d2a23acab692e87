// One bundler, one config: the desktop extension, the web extension, the CLI, the language server (Node and web worker) and the test suites.
// Flags: --watch, --production (minify). A core file importing `vscode` or a Node built-in fails the build.
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/** Keeps src/core pure so it runs in the web extension host. */
const pureCore = {
  name: 'pure-core',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      const fromCore = /[\\/]src[\\/]core[\\/]/.test(args.importer);
      if (fromCore && (args.path === 'vscode' || NODE_BUILTINS.has(args.path))) {
        return { errors: [{ text: `src/core must stay pure: "${args.path}" imported from ${args.importer}` }] };
      }
      return undefined;
    });
  },
};

/**
 * The language server talks over stdio or Node IPC only. vscode-languageserver's Node entry also
 * holds socket/pipe transports (`net`) and a global-module resolver (`child_process`) that the server
 * never calls; they are replaced by a module that throws, so the shipped bundle cannot reach the
 * network or start a process (the privacy test scans it).
 */
const stdioOnly = {
  name: 'stdio-only',
  setup(build) {
    build.onResolve({ filter: /^(node:)?(net|child_process)$/ }, (args) => ({ path: args.path, namespace: 'stdio-only' }));
    build.onLoad({ filter: /.*/, namespace: 'stdio-only' }, (args) => ({
      contents: `module.exports = new Proxy({}, { get(_, key) { throw new Error('neuroterm-ls runs over --stdio or --node-ipc only (${args.path}.' + String(key) + ' is not bundled)'); } });`,
      loader: 'js',
    }));
  },
};

/**
 * The desktop extension starts the language server and nothing else: vscode-languageclient's
 * `child_process` becomes src/extension/server-process.ts (fork of dist/server.js only) and its socket
 * transports (`net`) a module that throws.
 */
const serverProcessOnly = {
  name: 'server-process-only',
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /node_modules/.test(args.importer)
        ? { path: new URL('./src/extension/server-process.ts', import.meta.url).pathname }
        : { path: 'node:child_process', external: true },
    );
  },
};

/** The extension is the server's client and does no analysis: the engine in its bundle is a build error. */
const noEngine = {
  name: 'no-engine',
  setup(build) {
    build.onLoad({ filter: /src[\\/]core[\\/]engine\.ts$/ }, (args) => ({
      errors: [{ text: `${args.path} is imported into the extension; the extension leaves checking to the language server (import the small module you need, not the engine)` }],
    }));
  },
};

/**
 * The two language servers in the extension share one copy of the compiled terminology,
 * `dist/terminology.js`, instead of each carrying it (it is most of their size): the Node server
 * requires the file beside its bundle; the web worker loads it with importScripts from the URL its
 * client gives (`initializationOptions.terminology`), since a worker has no file system.
 */
const sharedTerminology = (runtime) => ({
  name: 'shared-terminology',
  setup(build) {
    build.onResolve({ filter: /generated[\\/]terminology\.json$/ }, (args) => ({ path: args.path, namespace: 'shared-terminology' }));
    build.onLoad({ filter: /.*/, namespace: 'shared-terminology' }, () => ({
      contents: runtime === 'node' ? "module.exports = require(require('node:path').join(__dirname, 'terminology.js'));" : 'module.exports = null;',
      loader: 'js',
    }));
  },
});

const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  target: 'es2022',
  logLevel: 'warning',
  plugins: [pureCore],
  legalComments: 'none',
};

const targets = [
  { entryPoints: ['src/extension/main.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'], plugins: [pureCore, serverProcessOnly, stdioOnly, noEngine] },
  {
    entryPoints: ['src/extension/web-main.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    external: ['vscode'],
    mainFields: ['browser', 'module', 'main'],
    // The web extension host is a worker without `document`: prefer packages' worker builds
    // (decode-named-character-reference's browser build calls document.createElement).
    conditions: ['worker'],
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [pureCore, noEngine],
  },
  // The language server as a web worker, started by the web extension; it reads files through the client.
  {
    entryPoints: ['src/server/browser-main.ts'],
    outfile: 'dist/web/server.js',
    platform: 'browser',
    format: 'iife',
    mainFields: ['browser', 'module', 'main'],
    conditions: ['worker'],
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [pureCore, sharedTerminology('web')],
  },
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['src/server/main.ts'], outfile: 'dist/server.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' }, plugins: [pureCore, stdioOnly, sharedTerminology('node')] },
].filter((t) => existsSync(t.entryPoints[0]));

// The servers' shared terminology (see sharedTerminology): one script that Node requires and a worker imports.
mkdirSync('dist', { recursive: true });
writeFileSync(
  'dist/terminology.js',
  `(function (t) { if (typeof module === 'object' && module.exports) module.exports = t; else self.neurotermTerminology = t; })(${readFileSync('src/generated/terminology.json', 'utf8')});\n`,
);

if (watch) {
  for (const t of targets) await (await esbuild.context({ ...common, ...t })).watch();
} else {
  await Promise.all(targets.map((t) => esbuild.build({ ...common, ...t })));
}
