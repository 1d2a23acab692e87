import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { FileHost } from './host';

/** `file:` URIs read from disk, for `neuroterm-ls` in any editor. Other schemes are not readable here. */
export const NODE_FILE_HOST: FileHost = {
  readText: async (uri) => {
    if (!uri.startsWith('file:')) return undefined;
    try {
      return await readFile(fileURLToPath(uri), 'utf8');
    } catch {
      return undefined;
    }
  },
};
