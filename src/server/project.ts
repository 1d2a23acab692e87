import { CONFIG_FILE_NAMES, TermIndex, formatConfigProblem, formatProblem, loadUserTerminology, parseConfig, type NeuroTermConfig, type UserTerminologyFile } from '../core/index';
import { bundledTerminology, hasBundledTerminology, provideBundledTerminology } from '../cli/bundled-terms';
import type { PackedTerminology } from '../core/index';
import type { FileHost } from './host';
import { parentUri } from './uri-path';

type Log = (line: string) => void;

/** A problem in a data file (config or terminology), 1-based line and column, for a diagnostic on that file. */
export interface FileProblem {
  line: number;
  column: number;
  message: string;
}

/** Shows the problems of one data file (an empty list clears them). */
export type ProblemSink = (uri: string, problems: FileProblem[]) => void;

/** A config file that parsed, and the folder URI its relative paths start from. */
export interface LoadedConfig {
  uri: string;
  dir: string;
  config: NeuroTermConfig;
}

/**
 * The project's data files, read through the host: the nearest `.neuroterm.json` (or `.yaml`) walking
 * up from a document, as the CLI finds it, and the terminology merged with the user's files. A config
 * that does not parse keeps its last good version; problems go to the log and onto the files themselves.
 */
export class ProjectFiles {
  private readonly good = new Map<string, LoadedConfig>();
  private readonly byDir = new Map<string, Promise<LoadedConfig | undefined>>();
  private readonly terms = new Map<string, Promise<TermIndex>>();
  private bundled: TermIndex | undefined;
  /** Settles once the bundled terminology is there (at once, unless a web worker reads it through its client). */
  private readonly bundledLoaded: Promise<void>;

  /** `loadTerminology`: how a server built without the terminology gets it (the web worker imports the extension's script). */
  constructor(
    private readonly host: FileHost,
    private readonly log: Log,
    private readonly problems: ProblemSink,
    loadTerminology?: () => Promise<PackedTerminology>,
  ) {
    this.bundledLoaded = hasBundledTerminology() || loadTerminology === undefined ? Promise.resolve() : this.loadBundled(loadTerminology);
  }

  /** Never rejects: a terminology that cannot be loaded is logged, and each check then fails with that message. */
  private async loadBundled(load: () => Promise<PackedTerminology>): Promise<void> {
    try {
      provideBundledTerminology(await load());
    } catch (error) {
      this.log(`the terminology could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Forgets what was read (a config or terminology file changed). */
  reset(): void {
    this.byDir.clear();
    this.terms.clear();
  }

  /** The nearest config for the document at `uri`, walking no higher than `stopAt` (a folder URI) when given. */
  configFor(uri: string, stopAt?: string): Promise<LoadedConfig | undefined> {
    return this.forDir(parentUri(uri), stopAt?.replace(/\/+$/, ''));
  }

  private forDir(dir: string, stopAt: string | undefined): Promise<LoadedConfig | undefined> {
    let pending = this.byDir.get(dir);
    if (!pending) {
      pending = this.read(dir).then((found) => {
        const parent = parentUri(dir);
        return found ?? (dir === stopAt || parent === dir ? undefined : this.forDir(parent, stopAt));
      });
      this.byDir.set(dir, pending);
    }
    return pending;
  }

  private async read(dir: string): Promise<LoadedConfig | undefined> {
    for (const name of CONFIG_FILE_NAMES) {
      const uri = `${dir}/${name}`;
      const text = await this.host.readText(uri);
      if (text === undefined) continue;
      const { config, problems } = parseConfig(text, uri);
      for (const p of problems) this.log(formatConfigProblem(p));
      this.problems(uri, problems.map((p) => ({ line: p.line, column: p.column, message: `${p.key}: ${p.message}` })));
      if (problems.some((p) => p.key === '(syntax)' || p.key === '(root)')) {
        this.log(`${uri} does not parse; NeuroTerm keeps using its last good version.`);
        return this.good.get(uri);
      }
      const loaded = { uri, dir, config };
      this.good.set(uri, loaded);
      return loaded;
    }
    return undefined;
  }

  /** The bundled terminology, built once. */
  bundledTerms(): TermIndex {
    this.bundled ??= new TermIndex(bundledTerminology());
    return this.bundled;
  }

  /** The terminology with the user files (URIs, in order) merged in, built once per list. Never rejects. */
  async termsFor(files: readonly string[]): Promise<TermIndex> {
    await this.bundledLoaded;
    if (files.length === 0) return this.bundledTerms();
    const key = files.join('\n');
    let pending = this.terms.get(key);
    if (!pending) {
      pending = this.loadTerms(files).catch((error: unknown) => {
        this.log(`terminology files could not be loaded: ${String(error)}; using the bundled terminology.`);
        return this.bundledTerms();
      });
      this.terms.set(key, pending);
    }
    return pending;
  }

  private async loadTerms(files: readonly string[]): Promise<TermIndex> {
    const read: UserTerminologyFile[] = [];
    for (const uri of files) {
      const text = await this.host.readText(uri);
      if (text === undefined) this.log(`terminology file ${uri} cannot be read; it is skipped.`);
      else read.push({ path: uri, text });
    }
    const result = loadUserTerminology(read, bundledTerminology());
    for (const file of read) {
      const mine = result.problems.filter((p) => p.path === file.path);
      for (const p of mine) this.log(formatProblem(p));
      this.problems(file.path, mine.map((p) => ({ line: p.line, column: p.column, message: `${p.entryId ? `${p.entryId}: ` : ''}${p.message}` })));
    }
    return result.index;
  }
}
