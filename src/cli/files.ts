import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { languageOfPath } from '../core/check-document';
import picomatch from 'picomatch';
import type { ConfigResolver } from './config-loader';
import { UsageError } from './io';

const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);

/** A file to check: `path` as the user would write it, `absolute` for reading. `-` is standard input. */
export interface FileTarget {
  path: string;
  absolute: string;
}

/**
 * Expands the command line's paths, directories and globs into files, in a stable order, without
 * duplicates. Directories and globs skip dot-folders, node_modules, files matched by a `.gitignore`
 * (of the walked folders and their parents up to the repository root) and the config's `ignore`
 * patterns; a file named explicitly is always checked. Throws UsageError for a missing path.
 */
export function collectFiles(args: string[], cwd: string, configs: ConfigResolver): FileTarget[] {
  const out: FileTarget[] = [];
  const seen = new Set<string>();
  const add = (path: string, absolute: string) => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    out.push({ path, absolute });
  };
  const filter = new IgnoreFilter(configs);
  for (const arg of args) {
    if (arg === '-') {
      add('-', '-');
      continue;
    }
    const absolute = resolve(cwd, arg);
    const scan = picomatch.scan(arg);
    if (existsSync(absolute)) {
      if (statSync(absolute).isDirectory()) walk(absolute, arg, filter, () => true, add);
      else add(arg, absolute);
    } else if (scan.isGlob) {
      const base = resolve(cwd, scan.base || '.');
      const isMatch = picomatch(scan.base ? arg : arg.replace(/^\.\//, ''), { dot: false });
      const before = out.length;
      if (existsSync(base)) walk(base, scan.base || '.', filter, (p) => isMatch(toPosix(relative(cwd, p))), add);
      if (out.length === before) throw new UsageError(`no files match "${arg}"`);
    } else {
      throw new UsageError(`no such file or directory: ${arg}`);
    }
  }
  return out;
}

function walk(
  dir: string,
  shown: string,
  filter: IgnoreFilter,
  include: (absolute: string) => boolean,
  add: (path: string, absolute: string) => void,
): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (error) {
    throw new UsageError(`cannot read directory ${shown}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
  for (const name of names) {
    if (name.startsWith('.') || ALWAYS_SKIPPED.has(name)) continue;
    const absolute = join(dir, name);
    const path = shown === '.' ? name : join(shown, name);
    const isDir = statSync(absolute).isDirectory();
    if (filter.ignored(absolute, isDir)) continue;
    if (isDir) walk(absolute, path, filter, include, add);
    else if (languageOfPath(name) && include(absolute)) add(path, absolute);
  }
}

interface GitFolder {
  ig: Ignore | undefined;
  root: boolean;
}

/** `.gitignore` files (cached per folder) and the config's `ignore` patterns (cached per config file). */
class IgnoreFilter {
  private readonly gitignores = new Map<string, GitFolder>();
  private readonly configIgnores = new Map<string, Ignore>();

  constructor(private readonly configs: ConfigResolver) {}

  ignored(absolute: string, isDir: boolean): boolean {
    const config = this.configs.forFile(isDir ? join(absolute, 'x') : absolute);
    if (config && config.config.ignore.length > 0 && isUnder(absolute, config.dir)) {
      let ig = this.configIgnores.get(config.file);
      if (!ig) this.configIgnores.set(config.file, (ig = ignore().add(config.config.ignore)));
      if (ig.ignores(toPosix(relative(config.dir, absolute)) + (isDir ? '/' : ''))) return true;
    }
    for (let dir = dirname(absolute); ; dir = dirname(dir)) {
      const { ig, root } = this.gitignoreOf(dir);
      if (ig && ig.ignores(toPosix(relative(dir, absolute)) + (isDir ? '/' : ''))) return true;
      if (root) return false;
    }
  }

  /** The folder's `.gitignore`, and whether the folder is a repository root (where the search stops). */
  private gitignoreOf(dir: string): GitFolder {
    const cached = this.gitignores.get(dir);
    if (cached) return cached;
    const file = join(dir, '.gitignore');
    let ig: Ignore | undefined;
    try {
      if (existsSync(file)) ig = ignore().add(readFileSync(file, 'utf8'));
    } catch {
      ig = undefined; // An unreadable .gitignore is treated as absent rather than failing the run.
    }
    const folder = { ig, root: existsSync(join(dir, '.git')) || dirname(dir) === dir };
    this.gitignores.set(dir, folder);
    return folder;
  }
}

function isUnder(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
