import { fork as forkNode, type ChildProcess, type ForkOptions } from 'node:child_process';

/**
 * `child_process` as vscode-languageclient sees it in the desktop bundle (esbuild.config.mjs maps it
 * here): the one process the extension may start is its own language server, `dist/server.js`
 * (forked, talking over its stdin and stdout). Everything else the client library could reach (spawning commands, killing process trees)
 * throws, so the shipped extension cannot start anything else; the privacy test checks this file is
 * the bundle's only `child_process` use.
 */
export function fork(module: string, args: readonly string[] = [], options: ForkOptions = {}): ChildProcess {
  if (!/[\\/]dist[\\/]server\.js$/.test(module)) throw new Error(`NeuroTerm starts only its own language server, not ${module}`);
  return forkNode(module, args, options);
}

function notBundled(name: string): () => never {
  return () => {
    throw new Error(`NeuroTerm starts only its own language server (child_process.${name} is not bundled)`);
  };
}

export const spawn = notBundled('spawn');
export const spawnSync = notBundled('spawnSync');
export const execFileSync = notBundled('execFileSync');
