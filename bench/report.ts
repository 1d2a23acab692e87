/** Plain-text tables and PASS/MISS lines for the benchmark output. */

export type Cell = string | number;

/** Formats a number of milliseconds (or any unit) with sensible precision. */
export function fmt(value: number, digits?: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  const d = digits ?? (Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2);
  return value.toFixed(d);
}

/** JSON has no NaN: a figure that could not be measured travels between bench processes as this string. */
const NOT_MEASURED = 'NaN';

export const encodeFigures = (figures: unknown): string =>
  JSON.stringify(figures, (_key, value: unknown) => (typeof value === 'number' && Number.isNaN(value) ? NOT_MEASURED : value));

export const decodeFigures = (json: string): unknown => JSON.parse(json, (_key, value: unknown) => (value === NOT_MEASURED ? Number.NaN : value));

/** A Markdown-style table, so it pastes into an issue as it is. */
export function table(title: string, header: readonly string[], rows: ReadonlyArray<readonly Cell[]>): string {
  const cells = [header, ...rows].map((r) => r.map((c) => (typeof c === 'number' ? fmt(c) : c)));
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [`### ${title}`, '', line(cells[0]!), rule, ...cells.slice(1).map(line), ''].join('\n');
}

export interface Target {
  name: string;
  /** What was measured, with its unit, as printed. */
  measured: string;
  limit: string;
  pass: boolean | undefined;
}

/** `PASS`/`MISS` lines; a target that could not be measured here says `N/A` and why. */
export function targetLines(targets: readonly Target[]): string {
  const rows = targets.map((t) => {
    const verdict = t.pass === undefined ? 'N/A ' : t.pass ? 'PASS' : 'MISS';
    return `${verdict}  ${t.name}: ${t.measured} (target ${t.limit})`;
  });
  return ['### Targets', '', ...rows, ''].join('\n');
}
