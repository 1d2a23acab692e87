import { bundledTerminology } from '../../src/cli/bundled-terms';
import { Linter, TermIndex, type Finding } from '../../src/core/index';

/** The bundled terminology, compiled by `npm run build` before the tests run. */
export const terms = new TermIndex(bundledTerminology());

export function lint(text: string, options: Parameters<Linter['lint']>[1] = {}) {
  return new Linter(terms).lint(text, options);
}

/** The golden line of each finding: `line:col severity rule-id message`, 1-based. */
export function golden(findings: Finding[]): string {
  return findings
    .map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.ruleId} ${f.message}`)
    .join('\n');
}

/** Applies the first fix of each finding, last first, skipping overlaps; returns the new text and fixed spans. */
export function applyFixes(text: string, findings: Finding[]): { text: string; spans: Array<[number, number]> } {
  const fixes = findings.flatMap((f) => (f.fixes[0] ? [f.fixes[0]] : [])).sort((a, b) => b.offset - a.offset);
  let out = text;
  let limit = Infinity;
  const applied: typeof fixes = [];
  for (const fix of fixes) {
    if (fix.endOffset > limit) continue;
    out = out.slice(0, fix.offset) + fix.newText + out.slice(fix.endOffset);
    limit = fix.offset;
    applied.unshift(fix);
  }
  let shift = 0;
  const spans: Array<[number, number]> = applied.map((fix) => {
    const span: [number, number] = [fix.offset + shift, fix.offset + shift + fix.newText.length];
    shift += fix.newText.length - (fix.endOffset - fix.offset);
    return span;
  });
  return { text: out, spans };
}
