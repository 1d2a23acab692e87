import { readFileSync } from 'node:fs';
import { TermIndex, formatProblem, loadUserTerminology, type UserTerminologyFile } from '../core/index';
import { bundledTerminology } from './bundled-terms';
import { UsageError } from './io';

const cache = new Map<string, TermIndex>();

/**
 * The bundled terminology merged with the user's terminology files (absolute paths, in order),
 * through the core's `loadUserTerminology`. Built once per list of files. Problems in the files
 * (a bad entry is skipped, the rest applies) go to `warn` with file, line and column; an
 * unreadable file is a UsageError naming it.
 */
export function termIndexFor(files: readonly string[], warn?: (line: string) => void): TermIndex {
  const key = files.join('\n');
  let index = cache.get(key);
  if (index && !warn) return index;
  if (files.length === 0) {
    index ??= new TermIndex(bundledTerminology());
  } else {
    const result = loadUserTerminology(files.map(readTerminologyFile), bundledTerminology());
    for (const problem of result.problems) warn?.(formatProblem(problem));
    index = result.index;
  }
  cache.set(key, index);
  return index;
}

function readTerminologyFile(path: string): UserTerminologyFile {
  try {
    return { path, text: readFileSync(path, 'utf8') };
  } catch (error) {
    throw new UsageError(`cannot read terminology ${path}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
}
