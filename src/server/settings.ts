import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ignore from 'ignore';
import { CONFIG_FILE_NAMES, SEVERITIES, parseConfig, formatConfigProblem, type LintSettings, type NeuroTermConfig, type SeveritySetting, type TermIndex } from '../core/index';
import { SETTING_DEFAULTS, SETTING_NAMES, type ExtensionSettings } from '../extension/contract';
import { termIndexFor } from '../cli/terminology-files';

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

interface LoadedConfig {
  file: string;
  config: NeuroTermConfig;
}

/**
 * Finds and reads `.neuroterm.json` (or `.yaml`) as the CLI does: nearest file walking up from
 * the document's folder. A file that does not parse keeps the last good version of that file (or
 * none), and the problem is logged: a broken config never clears or crashes the checks.
 */
export class ProjectConfigs {
  private readonly good = new Map<string, LoadedConfig>();
  private readonly byDir = new Map<string, LoadedConfig | undefined>();

  constructor(private readonly log: Log) {}

  private readonly termsSeen = new Set<string>();

  /** Forgets cached lookups (a config or terminology file changed on disk). */
  reset(): void {
    this.byDir.clear();
    this.termsSeen.clear();
  }

  /** The terminology with the user files merged in; their problems are logged the first time only. */
  termsFor(files: readonly string[]): TermIndex {
    const key = files.join('\n');
    const first = !this.termsSeen.has(key);
    this.termsSeen.add(key);
    try {
      return termIndexFor(files, first ? this.log : undefined);
    } catch (error) {
      this.log(`${error instanceof Error ? error.message : String(error)}; using the bundled terminology.`);
      return termIndexFor([]);
    }
  }

  forPath(path: string): LoadedConfig | undefined {
    return this.forDir(dirname(path));
  }

  private forDir(dir: string): LoadedConfig | undefined {
    if (this.byDir.has(dir)) return this.byDir.get(dir);
    const name = CONFIG_FILE_NAMES.find((n) => existsSync(join(dir, n)));
    const found = name ? this.read(join(dir, name)) : dirname(dir) === dir ? undefined : this.forDir(dirname(dir));
    this.byDir.set(dir, found);
    return found;
  }

  private read(file: string): LoadedConfig | undefined {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      this.log(`cannot read ${file}: ${String(error)}; using the last good version.`);
      return this.good.get(file);
    }
    const { config, problems } = parseConfig(text, file);
    for (const p of problems) this.log(formatConfigProblem(p));
    if (problems.some((p) => p.key === '(syntax)' || p.key === '(root)')) {
      this.log(`${file} does not parse; NeuroTerm keeps using its last good version.`);
      return this.good.get(file);
    }
    const loaded = { file, config };
    this.good.set(file, loaded);
    return loaded;
  }
}

/** The configuration for the document at `uri`: editor settings, then the project config over them. */
export function documentConfig(uri: string, editor: ExtensionSettings, projects: ProjectConfigs, log: Log): DocumentConfig {
  const path = uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  const loaded = path ? projects.forPath(path) : undefined;
  const fromFile = loaded?.config;
  const lint: Partial<LintSettings> = {
    rules: { ...(editor.rules as Record<string, SeveritySetting>), ...fromFile?.settings.rules },
    audience: fromFile?.settings.audience ?? editor.audience,
    eponymStyle: fromFile?.settings.eponymStyle ?? editor.eponymStyle,
    readabilityTarget: fromFile?.settings.readabilityTarget ?? editor.readabilityTarget,
    knownAbbreviations: [...editor.knownAbbreviations, ...(fromFile?.settings.knownAbbreviations ?? [])],
  };
  const base = loaded ? dirname(loaded.file) : undefined;
  const files = (fromFile?.terminology ?? []).map((t) => join(base!, t));
  const terms = projects.termsFor(files);
  const relative = base && path?.startsWith(`${base}/`) ? path.slice(base.length + 1) : undefined;
  const ignored = !!relative && !!fromFile && fromFile.ignore.length > 0 && ignore().add(fromFile.ignore).ignores(relative);
  const settings = { ...editor, audience: lint.audience!, eponymStyle: lint.eponymStyle!, readabilityTarget: lint.readabilityTarget! };
  return { settings, lint, terms, ignored };
}
