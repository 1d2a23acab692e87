// Starts and stops a throw-away code-server (VS Code 1.100.3 with a Node extension host) on 127.0.0.1.
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { CODE_SERVER } from './paths';

/** User settings for a quiet, offline workbench: nothing to dismiss, nothing that phones home. */
export const QUIET_SETTINGS: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'chat.commandCenter.enabled': false,
  'window.commandCenter': false,
  'editor.hover.delay': 200,
};

export interface CodeServerOptions {
  /** Install this .vsix into the fresh extensions folder before starting. */
  vsix?: string;
  /** Extra user settings, over QUIET_SETTINGS. */
  settings?: Record<string, unknown>;
  /** Fixed port (the sandbox); a free one otherwise. */
  port?: number;
  /** Keep the temporary folder (logs) after stop(). */
  keepDir?: boolean;
}

export interface CodeServer {
  /** http://127.0.0.1:PORT */
  base: string;
  /** host:port, the remote authority of vscode-remote:// URIs this server serves. */
  authority: string;
  /** Where the .vsix was unpacked (the installed extension folder), if one was installed. */
  installedExtension: string | undefined;
  /**
   * The workbench URL for `folder`. `developmentPath` loads that extension folder as a development
   * extension and `testsPath` runs that suite in the extension host, through the payload the workbench
   * accepts (code-server's CLI has no --extensionDevelopmentPath).
   */
  workbenchUrl(folder: string, load?: { developmentPath?: string; testsPath?: string }): string;
  /** Copy code-server's log and NeuroTerm's output channel into `dir` as `<prefix>-*.log`. */
  saveLogs(dir: string, prefix: string): void;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitHttp(url: string, ms: number, exited: () => number | null): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (exited() !== null) throw new Error(`code-server exited early with ${exited()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet: poll again
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`code-server did not answer ${url} within ${ms} ms`);
}

/** Unpacks a .vsix the way VS Code does; returns the installed extension folder. */
async function installVsix(vsix: string, common: string[], env: NodeJS.ProcessEnv): Promise<string | undefined> {
  await promisify(execFile)(CODE_SERVER, [...common, '--install-extension', vsix, '--force'], { env });
  const extensions = common[common.indexOf('--extensions-dir') + 1]!;
  return fs
    .readdirSync(extensions, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => path.join(extensions, e.name))[0];
}

/**
 * Unpack `vsix` into a new temporary folder without starting a server (the web suite needs the
 * packaged files, not code-server). Returns the extension folder and a cleanup function.
 */
export async function unpackVsix(vsix: string): Promise<{ dir: string; remove(): void }> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'neuroterm-vsix-'));
  const common = ['--user-data-dir', path.join(tmp, 'user-data'), '--extensions-dir', path.join(tmp, 'extensions')];
  const env = { ...process.env, XDG_CONFIG_HOME: path.join(tmp, 'xdg'), XDG_DATA_HOME: path.join(tmp, 'xdg'), EXTENSIONS_GALLERY: '{}' };
  const dir = await installVsix(vsix, common, env);
  const remove = () => fs.rmSync(tmp, { recursive: true, force: true });
  if (!dir) {
    remove();
    throw new Error(`could not unpack ${vsix}`);
  }
  return { dir, remove };
}

export async function startCodeServer(opts: CodeServerOptions = {}): Promise<CodeServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'neuroterm-cs-'));
  const userData = path.join(dir, 'user-data');
  const extensions = path.join(dir, 'extensions');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...opts.settings }, null, 2));
  const port = opts.port ?? (await freePort());
  const config = path.join(dir, 'config.yaml');
  fs.writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const common = ['--config', config, '--user-data-dir', userData, '--extensions-dir', extensions];
  // EXTENSIONS_GALLERY={} turns the marketplace off (no look-ups); XDG_* keep code-server out of $HOME.
  const env = {
    ...process.env,
    EXTENSIONS_GALLERY: '{}',
    XDG_CONFIG_HOME: path.join(dir, 'xdg', 'config'),
    XDG_DATA_HOME: path.join(dir, 'xdg', 'data'),
    XDG_CACHE_HOME: path.join(dir, 'xdg', 'cache'),
  };
  const installedExtension = opts.vsix ? await installVsix(opts.vsix, common, env) : undefined;
  const logFile = path.join(dir, 'code-server.log');
  const log = fs.openSync(logFile, 'w');
  const child = spawn(
    CODE_SERVER,
    [...common, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
      '--disable-getting-started-override', '--ignore-last-opened'],
    { env, stdio: ['ignore', log, log] },
  );
  const base = `http://127.0.0.1:${port}`;
  await waitHttp(`${base}/healthz`, 60_000, () => child.exitCode);
  return {
    base,
    authority: `127.0.0.1:${port}`,
    installedExtension,
    workbenchUrl(folder, load = {}) {
      const remote = (p: string) => `vscode-remote://127.0.0.1:${port}${p}`;
      const url = `${base}/?folder=${encodeURIComponent(folder)}`;
      if (!load.developmentPath && !load.testsPath) return url;
      const payload: [string, string][] = [['skipWelcome', 'true']];
      if (load.developmentPath) payload.push(['extensionDevelopmentPath', remote(load.developmentPath)]);
      if (load.testsPath) payload.push(['extensionTestsPath', remote(load.testsPath)]);
      return `${url}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    },
    saveLogs(to, prefix) {
      fs.mkdirSync(to, { recursive: true });
      fs.copyFileSync(logFile, path.join(to, `${prefix}-code-server.log`));
      const channels = fs.readdirSync(path.join(userData, 'logs'), { recursive: true, encoding: 'utf8' });
      for (const f of channels.filter((c) => /NeuroTerm\.log$/.test(c))) {
        fs.copyFileSync(path.join(userData, 'logs', f), path.join(to, `${prefix}-output-channel.log`));
      }
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      }
      fs.closeSync(log);
      // NEUROTERM_E2E_KEEP=1 keeps logs, settings and the output channels (logs/*/exthost*/output_logging_*).
      if (opts.keepDir || process.env.NEUROTERM_E2E_KEEP === '1') console.log(`code-server files kept in ${dir}`);
      else fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
