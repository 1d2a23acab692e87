import type { Positioner } from './positions';
import type { Rule } from './rules/rule';
import { DOCS_BASE_URL, type Finding, type LintSettings, type Position, type RawFinding } from './types';

/** The documentation page of a rule. */
export function ruleUrl(ruleId: string): string {
  let url = URLS.get(ruleId);
  if (url === undefined) URLS.set(ruleId, (url = `${DOCS_BASE_URL}${ruleId}.md`));
  return url;
}

/** Rule pages by id: one string per rule, not one per finding per keystroke. */
const URLS = new Map<string, string>();

/** A rule's finding before positions are known, tagged with the rule that made it. */
export interface RuleFinding extends RawFinding {
  rule: Rule;
}

/**
 * Turns rule findings into the public shape: positions from `lines`, the configured severity, the
 * docs URL; drops findings switched off by settings; sorts by offset, then end, then rule id.
 * Offsets stay relative to `text`, which may be one chunk (the engine then shifts the result with
 * `placeFindings`) or the whole document. `actual` is always the text of the range (rules read
 * masked prose, where markup inside a span is blanked).
 */
export function finishFindings(text: string, findings: readonly RuleFinding[], lines: Positioner, settings: LintSettings): Finding[] {
  const out: Finding[] = [];
  for (const finding of findings) {
    const finished = finishFinding(text, finding, lines, settings);
    if (finished) out.push(finished);
  }
  return out.sort(compareFindings);
}

/**
 * One finding of `finishFindings`; undefined when the settings switch its rule off. With `base`, the
 * finding's offsets are relative to a chunk that starts `base.start` characters and `base.lineBase`
 * lines into `text` (which `lines` positions): the finished finding stays relative to that chunk.
 */
export function finishFinding(text: string, finding: RuleFinding, lines: Positioner, settings: LintSettings, base: ChunkBase = ORIGIN): Finding | undefined {
  // Plain field reads: an object rest (`{ rule, ...rest }`) per finding was a visible cost per keystroke.
  const rule = finding.rule;
  const severity = settings.rules[rule.id] ?? settings.rules[rule.category] ?? finding.severity ?? rule.defaultSeverity;
  if (severity === 'off') return undefined;
  const { offset, endOffset } = finding;
  const { start, lineBase } = base;
  const at = (documentOffset: number): Position => {
    const p = lines.positionAt(documentOffset);
    return lineBase === 0 ? p : { line: p.line - lineBase, character: p.character };
  };
  const out: Finding = {
    ruleId: rule.id,
    category: rule.category,
    severity,
    message: finding.message,
    range: { start: at(start + offset), end: at(start + endOffset) },
    offset,
    endOffset,
    actual: text.slice(start + offset, start + endOffset),
    termId: finding.termId,
    fixes: finding.fixes.map((f) => (rule.mechanicalFixes ? { ...f, mechanical: true } : { ...f })),
    url: ruleUrl(rule.id),
  };
  if (finding.note) out.note = finding.note;
  if (finding.sources) out.sources = finding.sources;
  return out;
}

/** Where a chunk sits in its document: characters and lines before it. */
export interface ChunkBase {
  start: number;
  lineBase: number;
}

const ORIGIN: ChunkBase = { start: 0, lineBase: 0 };

/**
 * Chunk findings moved to where the chunk now sits: `start` characters and `lineBase` lines into
 * the document. At (0, 0) the findings are returned as they are; otherwise as shifted copies, so a
 * cached list is never changed.
 */
export function placeFindings(local: readonly Finding[], start: number, lineBase: number): readonly Finding[] {
  if (start === 0 && lineBase === 0) return local;
  const at = (p: Position): Position => ({ line: p.line + lineBase, character: p.character });
  return local.map((f) => ({
    ...f,
    range: { start: at(f.range.start), end: at(f.range.end) },
    offset: f.offset + start,
    endOffset: f.endOffset + start,
    fixes: f.fixes.map((x) => ({ ...x, offset: x.offset + start, endOffset: x.endOffset + start })),
  }));
}

/** One sorted list from two sorted lists, by merging; on a tie the first list's finding comes first. */
export function mergeSorted(first: readonly Finding[], second: readonly Finding[]): readonly Finding[] {
  if (second.length === 0) return first;
  if (first.length === 0) return second;
  const out: Finding[] = [];
  let j = 0;
  for (const f of first) {
    while (j < second.length && compareFindings(second[j]!, f) < 0) out.push(second[j++]!);
    out.push(f);
  }
  while (j < second.length) out.push(second[j++]!);
  return out;
}

/** Offset, then end, then rule id in plain code-unit order (localeCompare is far slower and ids are ASCII). */
export function compareFindings(a: Finding, b: Finding): number {
  return a.offset - b.offset || a.endOffset - b.endOffset || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
