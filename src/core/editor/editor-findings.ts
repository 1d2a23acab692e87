import type { ChunkFindings } from '../chunk-findings';
import type { Finding, Severity } from '../types';

/**
 * Findings an editor gets per file. VS Code lists up to 1,000 markers in the Problems panel but
 * underlines only 500 (microsoft/vscode#200206), and it picks which ones itself: sending 500 keeps
 * the choice ours (errors, then findings near the cursor), and halves what each keystroke publishes.
 */
export const EDITOR_FINDING_LIMIT = 500;

export interface EditorFindings {
  /** What to show, in document order. */
  shown: Finding[];
  /** Findings folded into a repeat ("and 12 more like this"). */
  folded: number;
  /** Findings left out to stay under the limit, after folding. */
  heldBack: number;
}

/** `EditorFindings` kept per chunk, relative to it (see `ChunkFindings`). */
export interface EditorChunks {
  /** What to show, chunk by chunk; a chunk shown whole is the checked chunk object itself. */
  shown: ChunkFindings[];
  folded: number;
  heldBack: number;
}

interface EditorOptions {
  limit?: number;
  /** 0-based line of the cursor. */
  cursorLine?: number;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };
/** A finding's place in the order of what to keep: severity first, then lines from the cursor. */
const RANK_WEIGHT = 2 ** 32;

/**
 * The findings an editor should show for one document, so that the ones that matter never fall past
 * the editor's marker limit: repeated info and hint findings (same rule, same words) fold into their
 * first with a count; then, if still over `limit`, errors come first, then warnings, then findings
 * nearest `cursorLine` (0-based), and the rest are held back. Pure; the input is not changed.
 */
export function editorFindings(findings: readonly Finding[], options: EditorOptions = {}): EditorFindings {
  const { shown, folded, heldBack } = editorChunks(findings.length > 0 ? [{ start: 0, lineBase: 0, findings }] : [], options);
  return { shown: shown.flatMap((c) => c.findings), folded, heldBack };
}

/**
 * `editorFindings` over a check's chunks. Work per finding is a few field reads and no new objects:
 * this runs on every keystroke, and a chunk whose findings are all shown keeps its array.
 */
export function editorChunks(chunks: readonly ChunkFindings[], options: EditorOptions = {}): EditorChunks {
  const limit = options.limit ?? EDITOR_FINDING_LIMIT;
  const cursorLine = options.cursorLine ?? 0;
  // Repeats by rule and words: how many, and the first (the one shown).
  const groups = new Map<string, Group>();
  let total = 0;
  for (const c of chunks) total += c.findings.length;
  // By finding, in document order: its group (undefined for one that never folds) and its rank, so the
  // second pass reads them back instead of looking the key up again.
  const groupOf = new Array<Group | undefined>(total);
  const rankAt = RANK_BY_FINDING.take(total);
  // The rank of each finding that folding keeps (the first of its repeats, or one that never folds).
  const ranks = KEPT_RANKS.take(total);
  let kept = 0;
  let j = 0;
  for (const c of chunks) {
    for (const f of c.findings) {
      const at = j++;
      if (foldable(f)) {
        const key = foldKey(f);
        const group = groups.get(key);
        if (group) {
          group.count++;
          groupOf[at] = group;
          continue;
        }
        groups.set(key, (groupOf[at] = { first: f, count: 1 }));
      }
      ranks[kept++] = rankAt[at] = rankOf(f, c, cursorLine);
    }
  }
  const folded = total - kept;
  // Over the limit: keep the `limit` best by rank, ties in document order (a stable sort by rank would do the same).
  let threshold = Infinity;
  let tiesLeft = 0;
  if (kept > limit) {
    // Only the limit-th rank matters, not the order of the others: a selection, not a sort, on every keystroke.
    threshold = nthSmallest(ranks.subarray(0, kept), limit - 1);
    let below = 0;
    for (let i = 0; i < kept; i++) if (ranks[i]! < threshold) below++;
    tiesLeft = limit - below;
  }
  const shown: ChunkFindings[] = [];
  j = 0;
  for (const c of chunks) {
    let list: Finding[] | undefined; // made only when this chunk shows less, or other words, than it found
    const findings = c.findings;
    for (let i = 0; i < findings.length; i++) {
      const f = findings[i]!;
      const at = j++;
      const group = groupOf[at];
      let show = !group || group.first === f;
      if (show && threshold !== Infinity) {
        const rank = rankAt[at]!;
        show = rank < threshold || (rank === threshold && tiesLeft-- > 0);
      }
      const shownAs = show && group && group.count > 1 ? withCount(f, group.count - 1) : f;
      if (!list && show && shownAs === f) continue;
      list ??= findings.slice(0, i);
      if (show) list.push(shownAs);
    }
    if (!list) shown.push(c);
    else if (list.length > 0) shown.push({ start: c.start, lineBase: c.lineBase, findings: list });
  }
  const shownCount = shown.reduce((n, c) => n + c.findings.length, 0);
  return { shown, folded, heldBack: kept - shownCount };
}

interface Group {
  first: Finding;
  count: number;
}

/**
 * A buffer of numbers kept between calls: every keystroke needs one of about the same length, and a new
 * typed array each time is a new backing store for the collector to sweep. Calls never overlap (no await).
 */
class Scratch {
  private buffer = new Float64Array(0);

  /** At least `length` numbers; the values left from the last call are not cleared. */
  take(length: number): Float64Array {
    if (this.buffer.length < length) this.buffer = new Float64Array(Math.max(length, 2 * this.buffer.length));
    return this.buffer;
  }
}

const RANK_BY_FINDING = new Scratch();
const KEPT_RANKS = new Scratch();

/** The value that would be at index `n` if `values` were sorted (Hoare's selection; reorders `values`). */
function nthSmallest(values: Float64Array, n: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const pivot = values[(low + high) >> 1]!;
    let i = low;
    let j = high;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i++] = values[j]!;
        values[j--] = t;
      }
    }
    if (n <= j) high = j;
    else if (n >= i) low = i;
    else return values[n]!;
  }
  return values[n]!;
}

function rankOf(f: Finding, c: ChunkFindings, cursorLine: number): number {
  return RANK[f.severity] * RANK_WEIGHT + Math.abs(c.lineBase + f.range.start.line - cursorLine);
}

/** Rule and words, kept per finding object: a chunk's findings are the same objects from one keystroke to the next. */
function foldKey(f: Finding): string {
  let key = FOLD_KEYS.get(f);
  if (key === undefined) FOLD_KEYS.set(f, (key = `${f.ruleId}\u0000${f.actual.toLowerCase()}`));
  return key;
}

const FOLD_KEYS = new WeakMap<Finding, string>();

/** The first of a repeat with its count; the same object while the count is the same, so an editor can keep what it made of it. */
function withCount(f: Finding, more: number): Finding {
  const known = COUNTED.get(f);
  if (known?.more === more) return known.finding;
  const finding = { ...f, message: `${f.message} (${more} more like this in the document)` };
  COUNTED.set(f, { more, finding });
  return finding;
}

const COUNTED = new WeakMap<Finding, { more: number; finding: Finding }>();

/**
 * Repeats are the same words flagged again. A finding with no words (an empty range about a whole
 * document or section, such as a reading grade) is about its place, so it never folds into another.
 */
function foldable(f: Finding): boolean {
  return (f.severity === 'info' || f.severity === 'hint') && f.actual !== '';
}
