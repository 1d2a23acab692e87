/**
 * The file-size guard shared by the CLI and the extension (`neuroterm.maxFileSize`): a document
 * over the limit is skipped with a clear message instead of being checked, so a huge or
 * generated file can never freeze the editor.
 */

/** Default limit in UTF-8 bytes: room for a 300-page guide (about 1 MB) several times over. */
export const DEFAULT_MAX_FILE_SIZE = 4_000_000;

export type SizeCheck = { ok: true; bytes: number } | { ok: false; bytes: number; message: string };

/**
 * UTF-8 length of `text` without encoding it, so a 50 MB string costs no copy. Counting stops
 * once it passes `stopAfter` (the caller only needs to know the limit is exceeded). Lone
 * surrogates count 3 bytes, as `TextEncoder` writes U+FFFD for them.
 */
export function utf8Length(text: string, stopAfter = Infinity): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= stopAfter; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Whether a document may be checked. `size` is the text itself or its size in bytes (from a file
 * stat, before reading). A limit that is not a positive number means "no limit". Never throws.
 */
export function checkSize(size: string | number, maxBytes: number = DEFAULT_MAX_FILE_SIZE): SizeCheck {
  const limit = Number.isFinite(maxBytes) && maxBytes > 0 ? maxBytes : Infinity;
  const bytes = typeof size === 'number' ? size : utf8Length(size, limit);
  if (bytes <= limit) return { ok: true, bytes };
  const shown = typeof size === 'number' ? formatBytes(bytes) : `more than ${formatBytes(limit)}`;
  return {
    ok: false,
    bytes,
    message: `Skipped: the file is ${shown}, over the neuroterm.maxFileSize limit of ${formatBytes(limit)}. Raise the limit to check it.`,
  };
}

/** "1.5 MB", "300 KB", "12 bytes" (decimal units, as file managers show them). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${+(bytes / 1_000_000).toFixed(1)} MB`;
  if (bytes >= 1_000) return `${+(bytes / 1_000).toFixed(1)} KB`;
  return `${bytes} bytes`;
}
