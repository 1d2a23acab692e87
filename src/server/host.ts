import type { Connection } from 'vscode-languageserver';
import { READ_FILE_REQUEST } from './protocol';

/**
 * How the server reads files it does not hold open (`.neuroterm.json`, terminology files), by URI.
 * `neuroterm-ls` reads `file:` URIs from disk; the VS Code client answers through `workspace.fs`,
 * so the same server runs in a web worker and on virtual file systems.
 */
export interface FileHost {
  /** The file's text (UTF-8), or undefined when it does not exist or cannot be read. Never rejects. */
  readText(uri: string): Promise<string | undefined>;
}




/** Files read by the client that asked for it (`initializationOptions.readFiles: "client"`). */
export function clientFileHost(connection: Connection): FileHost {
  return {
    readText: async (uri) => {
      try {
        const text = await connection.sendRequest<string | null>(READ_FILE_REQUEST, { uri });
        return typeof text === 'string' ? text : undefined;
      } catch {
        return undefined;
      }
    },
  };
}
