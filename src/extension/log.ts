import * as vscode from 'vscode';
import { OUTPUT_CHANNEL } from './contract';

/** Writes one line to the NeuroTerm output channel. Errors go here, never to modal dialogs. */
export type Log = (message: string) => void;

/** The output channel, shared with the language client (the server's log lines land here too). */
export function createLog(): { log: Log; channel: vscode.LogOutputChannel } {
  const channel = vscode.window.createOutputChannel(OUTPUT_CHANNEL, { log: true });
  const log: Log = (message) => channel.info(message);
  return { log, channel };
}

/**
 * Runs a command body and logs instead of throwing into VS Code: a failing command must never
 * break the editor. Returns `fallback` on error.
 */
export async function guarded<T>(log: Log, what: string, fallback: T, body: () => T | Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    log(`${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return fallback;
  }
}
