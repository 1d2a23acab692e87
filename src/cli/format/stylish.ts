import type { Severity } from '../../core/index';
import type { FileResult } from '../lint-files';

const COLOURS: Record<Severity | 'dim' | 'bold', [string, string]> = {
  error: ['\u001b[31m', '\u001b[39m'],
  warning: ['\u001b[33m', '\u001b[39m'],
  info: ['\u001b[36m', '\u001b[39m'],
  hint: ['\u001b[90m', '\u001b[39m'],
  dim: ['\u001b[2m', '\u001b[22m'],
  bold: ['\u001b[1m', '\u001b[22m'],
};

/** Counts per severity over every file. */
export function countSeverities(results: readonly FileResult[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const r of results) for (const f of r.findings) counts[f.severity]++;
  return counts;
}

/**
 * The default human format, like ESLint's "stylish": findings grouped by file as
 * `line:col  severity  message  rule-id`, then one summary line. Colour only when `colour` is set.
 */
export function formatStylish(results: readonly FileResult[], colour: boolean): string {
  const paint = (kind: keyof typeof COLOURS, text: string) => (colour ? COLOURS[kind][0] + text + COLOURS[kind][1] : text);
  let out = '';
  for (const r of results) {
    if (r.findings.length === 0) continue;
    const rows = r.findings.map((f) => ({
      at: `${f.range.start.line + 1}:${f.range.start.character + 1}`,
      severity: f.severity,
      message: f.message,
      ruleId: f.ruleId,
    }));
    // reduce, not Math.max(...): a file can have more findings than a call may take arguments.
    const atWidth = rows.reduce((w, row) => Math.max(w, row.at.length), 0);
    const messageWidth = rows.reduce((w, row) => Math.max(w, row.message.length), 0);
    out += `${paint('bold', r.path)}\n`;
    for (const row of rows) {
      const severity = paint(row.severity, row.severity.padEnd(7));
      out += `  ${paint('dim', row.at.padEnd(atWidth))}  ${severity}  ${row.message.padEnd(messageWidth)}  ${paint('dim', row.ruleId)}\n`;
    }
    out += '\n';
  }
  return out + summary(results, paint) + '\n';
}

function summary(results: readonly FileResult[], paint: (kind: keyof typeof COLOURS, text: string) => string): string {
  const counts = countSeverities(results);
  const total = counts.error + counts.warning + counts.info + counts.hint;
  const skipped = results.filter((r) => r.skipped || r.error).length;
  const checked = results.length - skipped;
  const files = `${checked} file${checked === 1 ? '' : 's'}`;
  const notChecked = skipped > 0 ? ` ${skipped} file${skipped === 1 ? ' was' : 's were'} not checked.` : '';
  if (total === 0) return `No problems in ${files}.${notChecked}`;
  const parts = [
    plural(counts.error, 'error'),
    plural(counts.warning, 'warning'),
    `${counts.info} info`,
    plural(counts.hint, 'hint'),
  ];
  const line = `${plural(total, 'problem')} (${parts.join(', ')}) in ${files}.${notChecked}`;
  return paint(counts.error > 0 ? 'error' : counts.warning > 0 ? 'warning' : 'info', line);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
