/**
 * Path arithmetic on URI strings (`file:///a/b.md`, `vscode-vfs://host/a/b.md`), without `node:path`,
 * so the server also runs in a web worker. Paths stay percent-encoded as the client sent them.
 */

/** The URI of the folder holding `uri`; the root's parent is the root. */
export function parentUri(uri: string): string {
  const bare = uri.replace(/[?#].*$/, '');
  const root = rootLength(bare);
  const clean = bare.slice(0, root) + bare.slice(root).replace(/\/+$/, '');
  const slash = clean.lastIndexOf('/');
  return slash < root ? clean.slice(0, root) : clean.slice(0, slash);
}

/** `path` (relative, absolute or a URI) resolved against the folder URI `base`. */
export function resolveUri(base: string, path: string): string {
  if (/^[a-z][a-z0-9+.-]+:/i.test(path) && !/^[a-z]:[\\/]/i.test(path)) return path;
  const baseClean = base.replace(/\/+$/, '');
  const root = baseClean.slice(0, rootLength(baseClean));
  const segments = path.startsWith('/') ? [] : baseClean.slice(root.length).split('/').filter(Boolean);
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') segments.pop();
    else segments.push(encodeURIComponent(part));
  }
  return `${root}/${segments.join('/')}`;
}

/** `uri`'s path below the folder URI `folder` (decoded, `/`-separated), or undefined when it is not inside. */
export function relativeTo(folder: string, uri: string): string | undefined {
  const base = `${folder.replace(/\/+$/, '')}/`;
  if (!uri.startsWith(base)) return undefined;
  try {
    return decodeURIComponent(uri.slice(base.length));
  } catch {
    return uri.slice(base.length);
  }
}

/** Length of "scheme://authority" (the part no `..` may climb above). */
function rootLength(uri: string): number {
  const match = /^[a-z][a-z0-9+.-]*:(\/\/[^/]*)?/i.exec(uri);
  return match ? match[0].length : 0;
}
