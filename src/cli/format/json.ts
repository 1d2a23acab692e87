import type { Finding } from '../../core/index';
import type { FileResult } from '../lint-files';

/** One finding in the public JSON contract (`check --format json`, version 1). Field order is part of it. */
export interface JsonFinding {
  ruleId: string;
  category: string;
  severity: string;
  message: string;
  /** 1-based line and column (UTF-16 code units), end exclusive. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** 0-based UTF-16 offsets into the whole file text, front matter included. */
  offset: number;
  endOffset: number;
  actual: string;
  termId: string | null;
  fixes: Array<{ offset: number; endOffset: number; newText: string; title: string; mechanical?: true }>;
  url: string;
}

/** Maps a core finding to the JSON contract, field by field, in contract order. */
export function jsonFinding(f: Finding): JsonFinding {
  return {
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    message: f.message,
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
    offset: f.offset,
    endOffset: f.endOffset,
    actual: f.actual,
    termId: f.termId ?? null,
    fixes: f.fixes.map((x) => ({ offset: x.offset, endOffset: x.endOffset, newText: x.newText, title: x.title, ...(x.mechanical ? { mechanical: true as const } : {}) })),
    url: f.url,
  };
}

/** `{"version":1,"files":[{"path","findings":[...]}]}` followed by a line break. */
export function formatJson(results: readonly FileResult[]): string {
  const files = results.map((r) => ({ path: r.path, findings: r.findings.map(jsonFinding) }));
  return JSON.stringify({ version: 1, files }) + '\n';
}
