import * as vscode from 'vscode';
import { SEVERITIES, type LintSettings, type SeveritySetting } from '../core/index';
import { ConfigFiles, isIgnored } from './config-files';
import { SETTING_DEFAULTS, SETTING_NAMES, type ExtensionSettings } from './contract';
import type { Log } from './log';

/** Settings for one document: VS Code settings, overridden by the nearest `.neuroterm.json`. */
export interface ResolvedConfig {
  settings: ExtensionSettings;
  lint: Partial<LintSettings>;
  /** Terminology files from the settings (relative to the workspace folder) and the config file (relative to it). */
  terminologyFiles: vscode.Uri[];
  /** The config file's `ignore` patterns exclude this document. */
  ignored: boolean;
}

const VALID_SEVERITIES: readonly string[] = ['off', ...SEVERITIES];

/** Reads the configuration for documents and tells when it changes. */
export class Configuration implements vscode.Disposable {
  private readonly files: ConfigFiles;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[];
  readonly onDidChange = this.changed.event;

  constructor(private readonly log: Log) {
    this.files = new ConfigFiles(log);
    this.disposables = [
      this.files,
      this.changed,
      this.files.onDidChange(() => this.changed.fire()),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('neuroterm') && this.changed.fire()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.changed.fire()),
    ];
  }

  /** The configuration that applies to a document (by its URI). Never rejects. */
  async forUri(uri: vscode.Uri): Promise<ResolvedConfig> {
    const folder = vscode.workspace.getWorkspaceFolder(uri) ?? vscode.workspace.workspaceFolders?.[0];
    const settings = this.userSettings(uri);
    const found = await this.files.nearest(uri, folder?.uri).catch(() => undefined);
    const fromFile = found?.result.config;
    const lint: Partial<LintSettings> = {
      rules: { ...validRules(settings.rules, this.log), ...fromFile?.settings.rules },
      audience: fromFile?.settings.audience ?? settings.audience,
      eponymStyle: fromFile?.settings.eponymStyle ?? settings.eponymStyle,
      readabilityTarget: fromFile?.settings.readabilityTarget ?? settings.readabilityTarget,
      knownAbbreviations: [...settings.knownAbbreviations, ...(fromFile?.settings.knownAbbreviations ?? [])],
    };
    const resolve = (base: vscode.Uri | undefined) => (path: string) =>
      /^[a-z][a-z0-9+.-]+:/i.test(path) || !base ? vscode.Uri.parse(path) : vscode.Uri.joinPath(base, path);
    const terminologyFiles = [
      ...settings.terminologyFiles.map(resolve(folder?.uri)),
      ...(fromFile?.terminology ?? []).map(resolve(found?.dir)),
    ];
    return {
      settings: { ...settings, audience: lint.audience!, eponymStyle: lint.eponymStyle!, readabilityTarget: lint.readabilityTarget! },
      lint,
      terminologyFiles,
      ignored: isIgnored(found, uri),
    };
  }

  private userSettings(uri: vscode.Uri): ExtensionSettings {
    const config = vscode.workspace.getConfiguration('neuroterm', uri);
    const out = { ...SETTING_DEFAULTS } as Record<string, unknown>;
    for (const name of SETTING_NAMES) {
      const value = config.get(name);
      // A value of the wrong type (hand-edited settings.json) falls back to the default.
      if (value !== undefined && value !== null && typeof value === typeof SETTING_DEFAULTS[name]) out[name] = value;
    }
    return out as ExtensionSettings;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** Drops `neuroterm.rules` values that are no severity, so a typo never reaches the engine. */
function validRules(rules: Record<string, string>, log: Log): Record<string, SeveritySetting> {
  const out: Record<string, SeveritySetting> = {};
  for (const [id, value] of Object.entries(rules ?? {})) {
    if (VALID_SEVERITIES.includes(value)) out[id] = value as SeveritySetting;
    else log(`neuroterm.rules.${id}: "${String(value)}" is not one of ${VALID_SEVERITIES.join(', ')}; ignored.`);
  }
  return out;
}
