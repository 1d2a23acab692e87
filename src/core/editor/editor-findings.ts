import type { Finding, Severity } from '../types';

/** Markers an editor shows per file before it silently drops the rest (VS Code keeps about 1,000). */
export const EDITOR_FINDING_LIMIT = 1000;

export interface EditorFindings {
  /** What to show, in document order. */
  shown: Finding[];
  /** Findings folded into a repeat ("and 12 more like this"). */
  folded: number;
  /** Findings left out to stay under the limit, after folding. */
  heldBack: number;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

/**
 * The findings an editor should show for one document, so that the ones that matter never fall past
 * the editor's marker limit: repeated info and hint findings (same rule, same words) fold into their
 * first with a count; then, if still over `limit`, errors come first, then warnings, then findings
 * nearest `cursorLine` (0-based), and the rest are held back. Pure; the input is not changed.
 */
export function editorFindings(findings: readonly Finding[], options: { limit?: number; cursorLine?: number } = {}): EditorFindings {
  const limit = options.limit ?? EDITOR_FINDING_LIMIT;
  const groups = new Map<string, { first: Finding; count: number }>();
  // Each kept finding with its group (the key is built once per finding: this runs on every keystroke).
  const kept: Array<{ f: Finding; group?: { first: Finding; count: number } }> = [];
  for (const f of findings) {
    if (!foldable(f)) {
      kept.push({ f });
      continue;
    }
    const key = `${f.ruleId}\u0000${f.actual.toLowerCase()}`;
    const group = groups.get(key);
    if (group) group.count++;
    else {
      const created = { first: f, count: 1 };
      groups.set(key, created);
      kept.push({ f, group: created });
    }
  }
  let folded = 0;
  const withCounts = kept.map(({ f, group }) => {
    if (!group || group.count === 1) return f;
    folded += group.count - 1;
    return { ...f, message: `${f.message} (${group.count - 1} more like this in the document)` };
  });
  if (withCounts.length <= limit) return { shown: withCounts, folded, heldBack: 0 };
  const cursor = options.cursorLine ?? 0;
  const chosen = [...withCounts]
    .sort((a, b) => RANK[a.severity] - RANK[b.severity] || Math.abs(a.range.start.line - cursor) - Math.abs(b.range.start.line - cursor))
    .slice(0, limit)
    .sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset);
  return { shown: chosen, folded, heldBack: withCounts.length - chosen.length };
}

/**
 * Repeats are the same words flagged again. A finding with no words (an empty range about a whole
 * document or section, such as a reading grade) is about its place, so it never folds into another.
 */
function foldable(f: Finding): boolean {
  return (f.severity === 'info' || f.severity === 'hint') && f.actual !== '';
}
