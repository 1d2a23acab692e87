import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE_NAMES, formatConfigProblem, parseConfig, type NeuroTermConfig } from '../core/config';
import type { TermIndex } from '../core/index';
import { UsageError } from './io';
import { termIndexFor } from './terminology-files';


/** A config file read from disk; `dir` is what its relative paths are resolved against. */
export interface LoadedConfig {
  file: string;
  dir: string;
  config: NeuroTermConfig;
}

/**
 * Finds the config that applies to each checked file by walking up from the file's directory to
 * the file-system root; the nearest file wins (no merging across levels). Reads each file once
 * and reports its problems once, through `warn`, with the file and key named.
 */
export class ConfigResolver {
  private readonly byDir = new Map<string, LoadedConfig | undefined>();
  private readonly loaded = new Map<string, LoadedConfig>();
  /** Number of problems reported so far; the CLI exits 2 when it is not zero. */
  problems = 0;

  constructor(
    private readonly warn: (line: string) => void,
    private readonly explicitFile?: string,
  ) {}

  /** The config for a file at `path`, or undefined when there is none. Throws UsageError on I/O errors. */
  forFile(path: string): LoadedConfig | undefined {
    if (this.explicitFile) return this.load(resolve(this.explicitFile));
    return this.forDir(dirname(resolve(path)));
  }

  private forDir(dir: string): LoadedConfig | undefined {
    if (this.byDir.has(dir)) return this.byDir.get(dir);
    let found: LoadedConfig | undefined;
    const name = CONFIG_FILE_NAMES.find((n) => existsSync(join(dir, n)));
    if (name) found = this.load(join(dir, name));
    else if (dirname(dir) !== dir) found = this.forDir(dirname(dir));
    this.byDir.set(dir, found);
    return found;
  }

  private load(file: string): LoadedConfig {
    const cached = this.loaded.get(file);
    if (cached) return cached;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new UsageError(`cannot read config ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    const { config, problems } = parseConfig(text, file);
    for (const p of problems) this.warn(formatConfigProblem(p));
    this.problems += problems.length;
    const result = { file, dir: dirname(file), config };
    this.loaded.set(file, result);
    return result;
  }
}

/** The user terminology files a config lists, as absolute paths (they are relative to the config file). */
export function terminologyPaths(loaded: LoadedConfig | undefined): string[] {
  return loaded ? loaded.config.terminology.map((t) => resolve(loaded.dir, t)) : [];
}

/**
 * The terminology for one file given on the command line (`-` is standard input, looked up from the
 * working directory): the nearest config's user files merged over the bundled data. Problems in the
 * config or the files go to `warn`; the returned count lets the command exit with 2.
 */
export function termsForFile(path: string, cwd: string, warn: (line: string) => void): { index: TermIndex; problems: number } {
  let problems = 0;
  const counted = (line: string) => {
    problems++;
    warn(line);
  };
  const configs = new ConfigResolver(counted);
  const loaded = configs.forFile(resolve(cwd, path === '-' ? 'stdin.md' : path));
  return { index: termIndexFor(terminologyPaths(loaded), counted), problems };
}
