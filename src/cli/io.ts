/**
 * What a CLI command may touch besides the file system: its output streams, the working
 * directory and whether it writes to a terminal. Commands take an `io` so tests can capture
 * output without spawning a process.
 */
export interface CliIo {
  /** Writes to standard output (the caller adds line breaks). */
  out(text: string): void;
  /** Writes to standard error. */
  err(text: string): void;
  /** Directory that relative paths are resolved against. */
  cwd: string;
  /** Standard output is a terminal: colour and progress are allowed. */
  isTTY: boolean;
  /** Reads all of standard input (for `check -`). */
  readStdin(): string;
}

/** Exit codes: 0 clean, 1 findings over the limit, 2 usage, config or I/O error. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** An error the CLI reports as one line and exit code 2, without a stack trace. */
export class UsageError extends Error {}
