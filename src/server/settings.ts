import ignore from 'ignore';
import { SEVERITIES, type LintSettings, type SeveritySetting, type TermIndex } from '../core/index';
import { SETTING_DEFAULTS, SETTING_NAMES, type ExtensionSettings } from '../extension/contract';
import type { ProjectFiles } from './project';
import { parentUri, relativeTo, resolveUri } from './uri-path';

/** Everything one document is checked with: the editor's settings, overridden by the nearest `.neuroterm.json`. */
export interface DocumentConfig {
  settings: ExtensionSettings;
  lint: Partial<LintSettings>;
  terms: TermIndex;
  ignored: boolean;
}

type Log = (line: string) => void;
const VALID_SEVERITIES: readonly string[] = ['off', ...SEVERITIES];

/**
 * The editor's `neuroterm` settings (from `workspace/configuration` or `initializationOptions`) with
 * values of the wrong type dropped, so a hand-edited client config never reaches the engine.
 */
export function editorSettings(raw: unknown, log: Log): ExtensionSettings {
  const source = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const out = { ...SETTING_DEFAULTS } as Record<string, unknown>;
  for (const name of SETTING_NAMES) {
    const value = source[name];
    if (value === undefined || value === null) continue;
    if (typeof value === typeof SETTING_DEFAULTS[name]) out[name] = value;
    else log(`neuroterm.${name}: expected a ${typeof SETTING_DEFAULTS[name]}; ignored.`);
  }
  const rules: Record<string, SeveritySetting> = {};
  for (const [id, value] of Object.entries(out.rules as Record<string, unknown>)) {
    if (typeof value === 'string' && VALID_SEVERITIES.includes(value)) rules[id] = value as SeveritySetting;
    else log(`neuroterm.rules.${id}: "${String(value)}" is not one of ${VALID_SEVERITIES.join(', ')}; ignored.`);
  }
  return { ...(out as ExtensionSettings), rules };
}

/** The workspace folder holding `uri` (the first folder when none does), from the client's folder URIs. */
export function folderOf(uri: string, folders: readonly string[]): { folder?: string; inside: boolean } {
  const inside = folders.find((f) => relativeTo(f, uri) !== undefined);
  return { folder: inside ?? folders[0], inside: inside !== undefined };
}

/**
 * The configuration for the document at `uri`: editor settings, then the project config over them.
 * `neuroterm.terminologyFiles` resolve against the workspace folder, the config's against its folder.
 */
export async function documentConfig(uri: string, editor: ExtensionSettings, project: ProjectFiles, folders: readonly string[]): Promise<DocumentConfig> {
  const { folder, inside } = folderOf(uri, folders);
  const loaded = await project.configFor(uri, inside ? folder : undefined);
  const fromFile = loaded?.config;
  const lint: Partial<LintSettings> = {
    rules: { ...(editor.rules as Record<string, SeveritySetting>), ...fromFile?.settings.rules },
    audience: fromFile?.settings.audience ?? editor.audience,
    eponymStyle: fromFile?.settings.eponymStyle ?? editor.eponymStyle,
    readabilityTarget: fromFile?.settings.readabilityTarget ?? editor.readabilityTarget,
    knownAbbreviations: [...editor.knownAbbreviations, ...(fromFile?.settings.knownAbbreviations ?? [])],
  };
  const files = [
    ...editor.terminologyFiles.map((t) => resolveUri(folder ?? parentUri(uri), t)),
    ...(loaded ? (fromFile?.terminology ?? []).map((t) => resolveUri(loaded.dir, t)) : []),
  ];
  const terms = await project.termsFor(files);
  const relative = loaded ? relativeTo(loaded.dir, uri) : undefined;
  const ignored = !!relative && !!fromFile && fromFile.ignore.length > 0 && ignore().add(fromFile.ignore).ignores(relative);
  const settings = { ...editor, audience: lint.audience!, eponymStyle: lint.eponymStyle!, readabilityTarget: lint.readabilityTarget! };
  return { settings, lint, terms, ignored };
}
