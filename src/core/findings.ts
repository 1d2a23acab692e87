import { DirectiveFilter, type Directive } from './directives';
import type { LineIndex, Positioner } from './positions';
import type { Rule } from './rules/rule';
import { DOCS_BASE_URL, type Finding, type LintSettings, type Position, type RawFinding } from './types';

/** The documentation page of a rule. */
export function ruleUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}

/** A rule's finding before positions are known, tagged with the rule that made it. */
export interface RuleFinding extends RawFinding {
  rule: Rule;
}

interface ChunkFindings {
  chunk: { start: number };
  lines: LineIndex;
  /** Findings with offsets relative to the chunk; absent for front matter. */
  result?: { findings: readonly RuleFinding[] };
}

/**
 * Turns rule findings into the public shape: absolute offsets, positions, the configured
 * severity, the docs URL; drops findings switched off by settings or directives; sorts by
 * offset, then end, then rule id. `actual` is always the document's own text of the range (rules
 * read masked prose, where markup inside a span is blanked). Chunk findings are positioned with their chunk's own line
 * table, so the cost follows the number of findings, not the document length.
 */
export function finishFindings(
  text: string,
  chunks: readonly ChunkFindings[],
  documentFindings: readonly RuleFinding[],
  lines: Positioner & { local(index: number, position: Position): Position },
  directives: readonly Directive[],
  settings: LintSettings,
): Finding[] {
  const filter = new DirectiveFilter([...directives], lines);
  const out: Finding[] = [];
  const add = (finding: RuleFinding, base: number, start: Position, end: Position) => {
    const { rule, ...rest } = finding;
    const severity = settings.rules[rule.id] ?? settings.rules[rule.category] ?? rest.severity ?? rule.defaultSeverity;
    if (severity === 'off') return;
    const offset = base + rest.offset;
    const endOffset = base + rest.endOffset;
    if (filter.isDisabled(rule.id, rule.category, offset, start.line)) return;
    out.push({
      ruleId: rule.id,
      category: rule.category,
      severity,
      message: rest.message,
      range: { start, end },
      offset,
      endOffset,
      actual: text.slice(offset, endOffset),
      termId: rest.termId,
      fixes: rest.fixes.map((f) => ({ ...f, offset: base + f.offset, endOffset: base + f.endOffset })),
      url: ruleUrl(rule.id),
      ...(rest.note ? { note: rest.note } : {}),
    });
  };
  chunks.forEach((state, index) => {
    for (const f of state.result?.findings ?? []) {
      const local = state.lines;
      add(f, state.chunk.start, lines.local(index, local.positionAt(f.offset)), lines.local(index, local.positionAt(f.endOffset)));
    }
  });
  for (const f of documentFindings) add(f, 0, lines.positionAt(f.offset), lines.positionAt(f.endOffset));
  // Plain code-unit order for rule ids: localeCompare is far slower and ids are ASCII.
  return out.sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}
