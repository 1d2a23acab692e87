import { wholeText, type TextSource } from '../text/text-source';
import { scanChunks, type Chunk, type ChunkScan } from './chunk';
import { frontMatterEnd } from './front-matter';

/** A chunk of the new text, with the previous version's state when its text is unchanged. */
export interface Rechunked<T> {
  chunk: Chunk;
  previous?: T;
  /**
   * For an edited chunk (no `previous`): the previous version's chunk that started at the same
   * offset, which this one replaces. A chunk split in two or merged with the next keeps it too.
   */
  replaces?: T;
}

/**
 * Chunks `text` reusing the chunks of `oldText`: unchanged chunks before the edit are kept as
 * they are, unchanged chunks after it are shifted, and only the region in between is scanned
 * again (`scanChunks` stops as soon as it meets a known chunk start). Chunks whose text moved
 * inside the scanned region also get their previous state back. Gives the same chunks as
 * `chunkMarkdown(text)`; the cost is proportional to the edit plus a quick compare per chunk.
 */
export function rechunk<T extends { chunk: Chunk }>(
  oldText: TextSource,
  old: readonly T[],
  text: TextSource,
  /** The unchanged prefix and suffix lengths when the caller knows them (editor change events); skips the compare. */
  known?: { prefix: number; suffix: number },
): Array<Rechunked<T>> {
  if (old.length === 0) return scanChunks(wholeText(text), 0).chunks.map((chunk) => ({ chunk }));
  const n = old.length;
  const usable = known && known.prefix >= 0 && known.suffix >= 0 && known.prefix + known.suffix <= Math.min(oldText.length, text.length);
  const prefix = usable ? known.prefix : commonPrefix(wholeText(oldText), old, wholeText(text));
  const suffix = usable ? known.suffix : commonSuffix(wholeText(oldText), old, wholeText(text), prefix);
  // Chunks ending inside the common prefix are unchanged; the last chunk runs to the end, so never. Front
  // matter is the exception: an edit anywhere below an unclosed "---" on the first line can close it.
  const opensFrontMatter = !old[0]!.chunk.frontMatter && mayOpenFrontMatter(text.slice(0, 3)) && frontMatterEnd(wholeText(text)) > 0;
  const firstChanged = opensFrontMatter ? 0 : Math.min(n - 1, firstIndex(n, (k) => end(old[k]!.chunk) > prefix));
  // The chunk before the first change is scanned again: the edit may remove the boundary after it.
  const restart = Math.max(0, firstChanged - 1);
  const restartAt = restart === 0 ? 0 : old[restart]!.chunk.start;
  const delta = text.length - oldText.length;
  // Chunks starting inside the common suffix are unchanged, only shifted by `delta`.
  const suffixFrom = oldText.length - suffix;
  const firstSuffix = firstIndex(n, (k) => k > restart && old[k]!.chunk.start >= suffixFrom && old[k]!.chunk.start + delta > restartAt);
  // The suffix chunk that starts at `offset` in the new text, found by binary search (no per-chunk setup).
  const suffixChunkAt = (offset: number): number => {
    const k = firstSuffix + firstIndex(n - firstSuffix, (i) => old[firstSuffix + i]!.chunk.start + delta >= offset);
    return k < n && old[k]!.chunk.start + delta === offset ? k : -1;
  };
  const scan = scanAround(text, restartAt, suffixChunkAt, old, firstSuffix, delta);
  const resumeAt = scan.syncedAt === undefined ? n : suffixChunkAt(scan.syncedAt);
  // Old chunks by text, in order: two new chunks with the same text take two old ones, never one twice.
  const moved = new Map<string, T[]>();
  // Before the edit, offsets are the same in both versions.
  const startingAt = new Map<number, T>();
  for (let k = restart; k < resumeAt; k++) {
    const same = moved.get(old[k]!.chunk.text);
    if (same) same.push(old[k]!);
    else moved.set(old[k]!.chunk.text, [old[k]!]);
    if (old[k]!.chunk.start <= prefix) startingAt.set(old[k]!.chunk.start, old[k]!);
  }
  const rescanned = scan.chunks.map((chunk) => ({ chunk: { ...chunk, text: detached(chunk.text) }, previous: moved.get(chunk.text)?.shift() }));
  const kept = new Set(rescanned.map((c) => c.previous));

  const out: Array<Rechunked<T>> = [];
  for (let k = 0; k < restart; k++) out.push({ chunk: old[k]!.chunk, previous: old[k] });
  for (const c of rescanned) {
    const replaces = c.previous ? undefined : startingAt.get(c.chunk.start);
    out.push(replaces && !kept.has(replaces) ? { ...c, replaces } : c);
  }
  for (let k = resumeAt; k < n; k++) {
    const previous = old[k]!;
    const { text: chunkText, frontMatter } = previous.chunk;
    out.push({ chunk: { start: previous.chunk.start + delta, text: chunkText, frontMatter }, previous });
  }
  return out;
}

/**
 * Scans from `restartAt` until the chunks meet a known suffix chunk. Only a window is read: from
 * `restartAt` to the end of the second suffix chunk after the edit, where the scan nearly always
 * meets the first. A text kept in pieces (an editor's) is then never built whole for a keystroke.
 * When the chunks shift past the window, the whole text is scanned from `restartAt`.
 */
function scanAround(text: TextSource, restartAt: number, suffixChunkAt: (offset: number) => number, old: ReadonlyArray<{ chunk: Chunk }>, firstSuffix: number, delta: number): ChunkScan {
  const isSyncPoint = (offset: number) => suffixChunkAt(offset) !== -1;
  const last = Math.min(old.length, firstSuffix + 2) - 1;
  const windowEnd = last >= firstSuffix ? end(old[last]!.chunk) + delta : text.length;
  // Front matter may close anywhere below: only the whole text says where.
  if (restartAt === 0 && mayOpenFrontMatter(text.slice(0, 3))) return scanChunks(wholeText(text), 0, isSyncPoint);
  const scan = scanChunks(text.slice(restartAt, windowEnd), 0, isSyncPoint, restartAt);
  // A sync point is trusted only where its whole first line lies in the window: it starts a chunk inside it.
  if (windowEnd >= text.length || (scan.syncedAt !== undefined && scan.syncedAt <= old[last]!.chunk.start + delta)) return scan;
  return scanChunks(wholeText(text), restartAt, isSyncPoint);
}

/** Whether a text starting with `head` may open front matter ("---" or "+++"); cheap, before the real test. */
function mayOpenFrontMatter(head: string): boolean {
  return head === '---' || head === '+++';
}

/**
 * A copy of `part` that does not keep its source string alive. V8 makes a slice of a long string a
 * view into it: a chunk re-scanned after a keystroke would otherwise hold that whole version of the
 * document (1 MB per edited place) for as long as the chunk is cached. Concatenating and slicing
 * again makes the engine flatten a private copy first.
 */
function detached(part: string): string {
  return part.length < 16 ? part : ` ${part}`.slice(1);
}

function end(chunk: Chunk): number {
  return chunk.start + chunk.text.length;
}

/** The first index in [0, n) where the monotone predicate turns true, or n. */
function firstIndex(n: number, isAfter: (index: number) => boolean): number {
  let low = 0;
  let high = n;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (isAfter(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * True when `text` holds `part` at `at`. A slice compare: V8's `startsWith` was several times
 * slower here, and walks an unflattened edited text (slice + typed + slice) from its start on each call.
 */
function sameAt(text: string, at: number, part: string): boolean {
  return text.slice(at, at + part.length) === part;
}

/**
 * Length of the common prefix of the old and the new text. Whole chunks are compared first at
 * their known start (native compares), then only the first differing chunk
 * character by character, so a keystroke costs one pass of native compares, not a search.
 */
function commonPrefix(oldText: string, old: ReadonlyArray<{ chunk: Chunk }>, text: string): number {
  let k = 0;
  while (k < old.length && sameAt(text, old[k]!.chunk.start, old[k]!.chunk.text)) k++;
  let at = k < old.length ? old[k]!.chunk.start : oldText.length;
  const limit = Math.min(oldText.length, text.length);
  while (at < limit && oldText.charCodeAt(at) === text.charCodeAt(at)) at++;
  return at;
}

/** Length of the common suffix that does not overlap the common prefix; chunk by chunk from the end, as above. */
function commonSuffix(oldText: string, old: ReadonlyArray<{ chunk: Chunk }>, text: string, prefix: number): number {
  const delta = text.length - oldText.length;
  const max = Math.min(oldText.length, text.length) - prefix;
  let k = old.length - 1;
  for (; k >= 0; k--) {
    const c = old[k]!.chunk;
    if (oldText.length - c.start > max || c.start + delta < 0 || !sameAt(text, c.start + delta, c.text)) break;
  }
  let suffix = Math.min(max, k >= 0 ? oldText.length - end(old[k]!.chunk) : oldText.length);
  while (suffix < max && oldText.charCodeAt(oldText.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++;
  return suffix;
}
