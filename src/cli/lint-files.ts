import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { Linter, checkSize, type Finding, type LintSettings } from '../core/index';
import { termIndexFor } from './terminology-files';

/** What one file is checked with: its settings and the user terminology files that apply. */
export interface LintContext {
  settings: Partial<LintSettings>;
  terminology: string[];
  /** Files over this many UTF-8 bytes are skipped with a message (`--max-file-size`). */
  maxFileSize: number;
}

export interface LintJob {
  path: string;
  absolute: string;
  /** Index into the contexts list. */
  context: number;
  /** Text already read (standard input); otherwise the worker reads `absolute`. */
  text?: string;
}

export interface FileResult {
  path: string;
  findings: Finding[];
  /** A one-line I/O error instead of findings. */
  error?: string;
  /** Why the file was not checked (over the size limit). */
  skipped?: string;
}

/** Below this many files, starting workers costs more than it saves. */
const PARALLEL_THRESHOLD = 24;

/** Checks files in order; uses worker threads across cores when there are many. */
export async function lintFiles(jobs: LintJob[], contexts: LintContext[], onProgress?: (done: number) => void): Promise<FileResult[]> {
  const workers = Math.min(availableParallelism() - 1, Math.ceil(jobs.length / PARALLEL_THRESHOLD));
  if (workers < 2) {
    const linters = new Map<number, Linter>();
    return jobs.map((job, i) => {
      const result = lintOne(job, contexts, linters);
      onProgress?.(i + 1);
      return result;
    });
  }
  const results: FileResult[] = new Array(jobs.length);
  let done = 0;
  await Promise.all(
    Array.from({ length: workers }, (_, w) => {
      const indices = jobs.map((_, i) => i).filter((i) => i % workers === w);
      return new Promise<void>((resolvePromise, reject) => {
        const worker = new Worker(__filename, {
          workerData: { neurotermLint: true, jobs: indices.map((i) => jobs[i]), contexts },
          execArgv: process.execArgv,
        });
        worker.on('message', (message: { at: number; result: FileResult }) => {
          results[indices[message.at]!] = message.result;
          onProgress?.(++done);
        });
        worker.on('error', reject);
        worker.on('exit', () => resolvePromise());
      });
    }),
  );
  return results;
}

function lintOne(job: LintJob, contexts: LintContext[], linters: Map<number, Linter>): FileResult {
  const context = contexts[job.context] ?? { settings: {}, terminology: [], maxFileSize: 0 };
  let text = job.text;
  if (text === undefined) {
    try {
      // Stat before reading, so a 50 MB file is never loaded just to be skipped.
      const size = checkSize(statSync(job.absolute).size, context.maxFileSize);
      if (!size.ok) return { path: job.path, findings: [], skipped: size.message };
      text = readFileSync(job.absolute, 'utf8');
    } catch (error) {
      return { path: job.path, findings: [], error: `cannot read ${job.path}: ${(error as NodeJS.ErrnoException).code ?? error}` };
    }
  }
  const size = checkSize(text, context.maxFileSize);
  if (!size.ok) return { path: job.path, findings: [], skipped: size.message };
  // A NUL byte never occurs in Markdown or plain text; findings on a binary file would only be noise.
  if (text.slice(0, 8000).includes('\u0000')) return { path: job.path, findings: [], skipped: 'Skipped: the file looks binary (it contains NUL bytes).' };
  let linter = linters.get(job.context);
  if (!linter) linters.set(job.context, (linter = new Linter(termIndexFor(context.terminology))));
  const format = extname(job.path).toLowerCase() === '.txt' ? 'text' : 'markdown';
  return { path: job.path, findings: linter.lint(stripBom(text), { settings: context.settings, format }) };
}

/** A UTF-8 byte order mark is not part of the text; dropping it keeps offsets equal to the editor's. */
function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

// The bundle is one file, so a worker runs this same file and takes this branch.
if (!isMainThread && (workerData as { neurotermLint?: boolean } | null)?.neurotermLint) {
  const data = workerData as { jobs: LintJob[]; contexts: LintContext[] };
  const linters = new Map<number, Linter>();
  data.jobs.forEach((job, at) => parentPort?.postMessage({ at, result: lintOne(job, data.contexts, linters) }));
}
