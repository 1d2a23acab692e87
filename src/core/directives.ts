import type { Positioner } from './positions';

/**
 * Inline directives in HTML comments, as in markdownlint:
 * `<!-- neuroterm-disable [ids] -->`, `<!-- neuroterm-enable [ids] -->`,
 * `<!-- neuroterm-disable-next-line [ids] -->`, `<!-- neuroterm-disable-line [ids] -->`,
 * `<!-- neuroterm-disable-file [ids] -->`. Ids are rule ids or categories; none means all.
 */

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line' | 'disable-file';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids or categories; empty means every rule. */
  ids: string[];
  offset: number;
}

const DIRECTIVE = /^neuroterm-(disable-next-line|disable-line|disable-file|disable|enable)(?:\s+([\s\S]*))?$/;

/** Parses a comment body ("neuroterm-disable absolute-claim"); undefined when it is no directive. */
export function parseDirective(comment: string, offset: number): Directive | undefined {
  const m = DIRECTIVE.exec(comment.trim());
  if (!m) return undefined;
  const ids = (m[2] ?? '').split(/[\s,]+/).filter(Boolean);
  return { kind: m[1] as DirectiveKind, ids, offset };
}

/** Answers "is this rule switched off at this offset?"; findings may be visited in any order. */
export class DirectiveFilter {
  private readonly fileWide: Directive[];
  private readonly lineWide = new Map<number, Directive[]>();
  private readonly ranged: Directive[];

  constructor(directives: Directive[], lines: Positioner) {
    this.fileWide = directives.filter((d) => d.kind === 'disable-file');
    this.ranged = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable').sort((a, b) => a.offset - b.offset);
    for (const d of directives) {
      if (d.kind !== 'disable-next-line' && d.kind !== 'disable-line') continue;
      const line = lines.positionAt(d.offset).line + (d.kind === 'disable-next-line' ? 1 : 0);
      const list = this.lineWide.get(line) ?? [];
      list.push(d);
      this.lineWide.set(line, list);
    }
  }

  isDisabled(ruleId: string, category: string, offset: number, line: number): boolean {
    const applies = (d: Directive) => d.ids.length === 0 || d.ids.includes(ruleId) || d.ids.includes(category);
    if (this.fileWide.some(applies)) return true;
    if (this.lineWide.get(line)?.some(applies)) return true;
    // The last applicable disable/enable before the offset decides; search back from there.
    let low = 0;
    let high = this.ranged.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.ranged[mid]!.offset <= offset) low = mid + 1;
      else high = mid;
    }
    for (let i = low - 1; i >= 0; i--) {
      const d = this.ranged[i]!;
      if (applies(d)) return d.kind === 'disable';
    }
    return false;
  }
}
