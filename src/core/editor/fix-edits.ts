import { LineIndex } from '../positions';
import { sentenceAround } from '../review/evidence';
import type { Finding, Fix } from '../types';

/** A plain text edit: replace [offset, endOffset) with `newText` (0-based UTF-16 offsets). */
export interface TextEdit {
  offset: number;
  endOffset: number;
  newText: string;
}

const LINE_DIRECTIVE = /<!--\s*neuroterm-disable-line\b([^>]*?)\s*-->/;

/**
 * The edit that silences `ruleId` on one line (0-based) with an inline
 * `<!-- neuroterm-disable-line rule -->` comment. An inline comment keeps the paragraph intact,
 * where a comment on its own line would split it. An existing directive on the line gets the id
 * added. Trailing spaces (a hard line break) stay at the end. Out-of-range lines clamp.
 */
export function disableLineEdit(text: string, line: number, ruleId: string): TextEdit {
  const lines = new LineIndex(text);
  const start = lines.offsetAt({ line, character: 0 });
  const lineText = /^[^\r\n]*/.exec(text.slice(start))![0];
  const existing = LINE_DIRECTIVE.exec(lineText);
  if (existing) {
    const ids = existing[1]!.trim();
    const offset = start + existing.index;
    const newText = ids === '' ? existing[0] : `<!-- neuroterm-disable-line ${ids.split(/[\s,]+/).includes(ruleId) ? ids : `${ids} ${ruleId}`} -->`;
    return { offset, endOffset: offset + existing[0].length, newText };
  }
  const content = lineText.replace(/[ \t]+$/, '');
  const offset = start + content.length;
  return { offset, endOffset: offset, newText: `${content.length ? ' ' : ''}<!-- neuroterm-disable-line ${ruleId} -->` };
}

/**
 * The first fix of every finding whose fix is mechanical, in document order, skipping any fix that
 * overlaps one already taken, so all of them can be applied in one edit ("Fix all"). Fixes that
 * rewrite a claim ("cures" -> "can improve") are never applied in bulk.
 */
export function fixAllEdits(findings: readonly Finding[]): Fix[] {
  const fixes = findings.flatMap((f) => (f.fixes[0]?.mechanical ? [f.fixes[0]] : [])).sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset);
  const out: Fix[] = [];
  let end = -1;
  for (const fix of fixes) {
    const last = out.at(-1);
    if (fix.offset < end || (last && last.offset === fix.offset && last.endOffset === fix.endOffset)) continue;
    out.push(fix);
    end = fix.endOffset;
  }
  return out;
}

/** Applies non-overlapping edits to `text`; edits may come in any order. Overlapping edits after the first are skipped. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.offset - a.offset || b.endOffset - a.endOffset);
  let out = text;
  let limit = Infinity;
  for (const edit of sorted) {
    if (edit.endOffset > limit) continue;
    out = out.slice(0, edit.offset) + edit.newText + out.slice(edit.endOffset);
    limit = edit.offset;
  }
  return out;
}

/** Longest sentence preview in a fix title; editors show titles on one line. */
const PREVIEW_CHARS = 120;

/**
 * The title a quick fix shows. A mechanical fix (spelling, expansion, current name) keeps its own
 * title; a claim rewrite also shows its sentence as it will read, so the writer sees the new claim
 * before choosing it ("Change to "can improve": "IVIG can improve CIDP."").
 */
export function fixTitle(text: string, fix: Fix): string {
  if (fix.mechanical) return fix.title;
  const { start, end } = sentenceAround(text, fix.offset, fix.endOffset);
  let sentence = (text.slice(start, fix.offset) + fix.newText + text.slice(fix.endOffset, end)).replace(/\s+/g, ' ').trim();
  if (sentence.length > PREVIEW_CHARS) sentence = `${sentence.slice(0, PREVIEW_CHARS - 3).trimEnd()}...`;
  return sentence ? `${fix.title}: "${sentence}"` : fix.title;
}

