import { readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { Linter, checkDocument, languageOfPath, type CheckHost, type Finding, type LintSettings } from '../core/index';
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
    const results: FileResult[] = [];
    for (const job of jobs) {
      results.push(await lintOne(job, contexts, linters));
      onProgress?.(results.length);
    }
    return results;
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

/** Node's file system as the core's `CheckHost`. */
const NODE_HOST: CheckHost = {
  size: async (path) => (await stat(path)).size,
  readText: async (path) => decodeText(await readFile(path)),
};

/**
 * The text of a file's bytes: UTF-16 (little or big endian) when it starts with that byte order mark,
 * UTF-8 otherwise. A byte order mark stays in the text as U+FEFF, so offsets count it as the file does.
 */
export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2)));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  return bytes.toString('utf8');
}

/** One file through the core's `checkDocument`. A file named on the command line is read even with an unknown extension. */
async function lintOne(job: LintJob, contexts: LintContext[], linters: Map<number, Linter>): Promise<FileResult> {
  const context = contexts[job.context] ?? { settings: {}, terminology: [], maxFileSize: 0 };
  let linter = linters.get(job.context);
  if (!linter) linters.set(job.context, (linter = new Linter(termIndexFor(context.terminology))));
  // Standard input and unknown extensions are read as Markdown, as before the shared pipeline.
  const languageId = languageOfPath(job.path) ?? 'markdown';
  const request = { path: job.absolute, languageId, text: job.text, settings: context.settings, maxFileSize: context.maxFileSize };
  const result = await checkDocument(request, linter, NODE_HOST);
  switch (result.kind) {
    case 'checked':
      return { path: job.path, findings: result.findings };
    case 'skipped':
      return { path: job.path, findings: [], skipped: result.reason };
    case 'disabled': // Not reached: every language above is checked.
    case 'error':
      return { path: job.path, findings: [], error: result.kind === 'error' ? result.message.replace(job.absolute, job.path) : 'not checked' };
  }
}

// The bundle is one file, so a worker runs this same file and takes this branch.
if (!isMainThread && (workerData as { neurotermLint?: boolean } | null)?.neurotermLint) {
  const data = workerData as { jobs: LintJob[]; contexts: LintContext[] };
  const linters = new Map<number, Linter>();
  void (async () => {
    for (const [at, job] of data.jobs.entries()) parentPort?.postMessage({ at, result: await lintOne(job, data.contexts, linters) });
  })();
}
