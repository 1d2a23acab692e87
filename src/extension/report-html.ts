import type { ClaimsSummary } from '../core/editor/report';
import { abbreviationTableHtml } from '../core/review/abbreviation-table-html';
import { escapeHtml } from '../core/review/html';
import { gradeVerdict } from '../core/review/readability-section';
import { SEVERITIES } from '../core/types';

/** Pure HTML for the Check Medical Claims report (no `vscode` import, so plain tests can read it). */

export interface ReportPage {
  /** A fresh random value per render: the only script allowed to run carries it. */
  nonce: string;
  /** The document changed after the check: the notice with "Check again" shows from the start. */
  stale?: boolean;
}

const SEVERITY_LABEL: Record<string, string> = { error: 'Errors', warning: 'Warnings', info: 'Info', hint: 'Hints' };

export { escapeHtml };

/** The Content-Security-Policy of the report: nothing loads, only our inline style and nonce'd script run. */
export function reportCsp(nonce: string): string {
  return `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';`;
}

/**
 * The report page: counts by severity and category, the readability result, and every finding as
 * a link that asks the extension (by message) to reveal it in the editor.
 */
export function reportHtml(summary: ClaimsSummary, page: ReportPage): string {
  const n = escapeHtml(page.nonce);
  const severities = SEVERITIES.map((s) => `<tr><th>${SEVERITY_LABEL[s]}</th><td>${summary.bySeverity[s]}</td></tr>`).join('');
  const categories = Object.entries(summary.byCategory)
    .map(([c, count]) => `<tr><th>${escapeHtml(c)}</th><td>${count}</td></tr>`)
    .join('');
  const r = summary.readability;
  const sections = r?.sections.length
    ? `<table>${r.sections.map((s) => `<tr><th>${escapeHtml(s.title)}</th><td>grade ${s.grade}</td><td>${s.words} words</td><td>${gradeVerdict(s.words, s.grade, r.target)}</td></tr>`).join('')}</table>`
    : '';
  const grade = r
    ? `<p>Grade ${r.grade} (Flesch-Kincaid; SMOG ${r.smog}) over ${r.words} words; the target is ${r.target} or lower.</p>${sections}`
    : '<p>Not measured.</p>';
  const notes = summary.readabilityNotes.length ? `<ul>${summary.readabilityNotes.map((m) => `<li>${escapeHtml(m)}</li>`).join('')}</ul>` : '';
  const readability = grade + notes;
  const abbreviations = summary.abbreviations.length ? abbreviationTableHtml(summary.abbreviations) : '<p>None from the terminology.</p>';
  const findings = summary.findings
    .map(
      (f, i) =>
        `<li class="${f.severity}"><a href="#" data-index="${i}">${f.range.start.line + 1}:${f.range.start.character + 1}</a> ` +
        `<span class="sev">${f.severity}</span> ${escapeHtml(f.message)} <code>${escapeHtml(f.ruleId)}</code></li>`,
    )
    .join('');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${reportCsp(n)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Medical claims: ${escapeHtml(summary.document)}</title>
<style nonce="${n}">
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 1rem; }
table { border-collapse: collapse; margin-bottom: 1rem; }
th { text-align: left; font-weight: normal; padding-right: 2rem; }
li { margin: 0.25rem 0; }
.sev { text-transform: uppercase; font-size: 0.8em; opacity: 0.8; }
.error .sev { color: var(--vscode-errorForeground); }
a { color: var(--vscode-textLink-foreground); }
.stale { padding: 0.5rem; border-left: 3px solid var(--vscode-editorWarning-foreground); background: var(--vscode-inputValidation-warningBackground); }
button { color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: none; padding: 0.3rem 0.8rem; cursor: pointer; }
</style>
</head>
<body>
<h1>Medical claims</h1>
<p id="stale" class="stale"${page.stale ? '' : ' hidden'}>The document changed after this check, so these findings may be out of date. <button type="button" id="rerun">Check again</button></p>
<p><button type="button" id="export">Export review page</button></p>
<p>${escapeHtml(summary.document)}: ${summary.total} finding${summary.total === 1 ? '' : 's'}.</p>
<h2>By severity</h2>
<table>${severities}</table>
<h2>By category</h2>
${categories ? `<table>${categories}</table>` : '<p>None.</p>'}
<h2>Readability</h2>
${readability}
<h2>Abbreviations</h2>
${abbreviations}
<h2>Findings</h2>
${findings ? `<ol>${findings}</ol>` : '<p>No findings.</p>'}
<script nonce="${n}">
const vscode = acquireVsCodeApi();
window.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'stale') document.getElementById('stale').hidden = false;
});
document.addEventListener('click', (event) => {
  if (event.target.id === 'export') return vscode.postMessage({ type: 'export' });
  if (event.target.id === 'rerun') return vscode.postMessage({ type: 'rerun' });
  const link = event.target.closest('a[data-index]');
  if (!link) return;
  event.preventDefault();
  vscode.postMessage({ type: 'reveal', index: Number(link.dataset.index) });
});
</script>
</body>
</html>
`;
}
