import { analyseDocument, type DocumentFormat } from '../analyse-block';
import { claimsInventory } from '../claims/inventory';
import { abbreviationTable, type AbbreviationRow } from '../editor/abbreviation-table';
import { abbreviationTableHtml } from './abbreviation-table-html';
import type { TermIndex } from '../terminology/term-index';
import { DEFAULT_SETTINGS, SEVERITIES, type Finding } from '../types';
import { summarizeFindings } from '../editor/report';
import { blocksReadability } from '../rules/readability/report';
import { claimsSection } from './claims-section';
import { findingEvidence, sentenceAround } from './evidence';
import { escapeHtml } from './html';
import { readabilitySection } from './readability-section';
import { REVIEW_SCRIPT, REVIEW_STYLE } from './page-assets';

export { abbreviationTableHtml } from './abbreviation-table-html';

/** One checked document: its path as shown, its text, and its findings in document order. */
export interface ReviewDocument {
  path: string;
  text: string;
  findings: readonly Finding[];
  /** How the text is read (default Markdown), for the table of abbreviations. */
  format?: DocumentFormat;
  /** The reading grade the document is judged against (default: the default `readabilityTarget`). */
  readabilityTarget?: number;
}

export interface ReviewPageInput {
  documents: readonly ReviewDocument[];
  /** When the check ran, as the page shows it (ISO 8601); given by the caller so pages are reproducible. */
  generated: string;
  toolVersion: string;
  terms: TermIndex;
  /** Files that were not checked (too large, binary, unreadable), with the reason. */
  notChecked?: ReadonlyArray<{ path: string; reason: string }>;
}

/** Nothing loads from anywhere: the page's own style and script run, links open only when clicked. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

/** "2026-12-04 10:00 UTC": when a check ran, as review pages show it. */
export function utcMinute(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export { escapeHtml };

/**
 * The medical-legal review page (`neuroterm check --format html`, "Export review page" in VS Code):
 * one self-contained HTML file with the documents, the terminology it was checked against, counts,
 * and every finding in document order with its sentence, the fact and source it rests on, and a
 * decision (accept, change, dismiss) and note for the reviewer. Pure: same input, same page.
 */
export function reviewPage(input: ReviewPageInput): string {
  const { documents, terms } = input;
  const all = documents.flatMap((d) => d.findings);
  const name = documents.length === 1 ? documents[0]!.path : `${documents.length} documents`;
  const saveAs = `review-${(documents.length === 1 ? baseName(documents[0]!.path) : 'documents').replace(/\.[^.]*$/, '')}.html`;
  const reviewed = terms.entries.map((e) => e.reviewed).sort();
  const counts = summarizeFindings(name, all).bySeverity;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>NeuroTerm review: ${escapeHtml(name)}</title>
<style>${REVIEW_STYLE}</style>
</head>
<body data-save-as="${escapeHtml(saveAs)}">
<header>
<h1>Medical-legal review: ${escapeHtml(name)}</h1>
<p>Checked ${escapeHtml(input.generated)} by NeuroTerm ${escapeHtml(input.toolVersion)} against its terminology of ${terms.entries.length} entries, reviewed ${escapeHtml(reviewed[0] ?? '-')} to ${escapeHtml(reviewed[reviewed.length - 1] ?? '-')}.</p>
<p>Every finding below shows the sentence it is about, the fact and source it rests on, and a place for your decision. Decisions stay in this page: use "Save page" to keep them.</p>
</header>
<table class="counts"><thead><tr><th>Documents</th>${SEVERITIES.map((s) => `<th>${s}</th>`).join('')}<th>Total</th></tr></thead>
<tbody><tr><td>${documents.length}</td>${SEVERITIES.map((s) => `<td>${counts[s]}</td>`).join('')}<td>${all.length}</td></tr></tbody></table>
<div class="actions"><button type="button" id="save">Save page</button><button type="button" id="export">Export decisions (CSV)</button><span id="decided"></span></div>
${notCheckedList(input.notChecked ?? [])}
${documents.map((d, i) => documentSection(d, i, terms)).join('\n')}
<a id="download" hidden>Download</a>
<script>${REVIEW_SCRIPT}</script>
</body>
</html>
`;
}

function abbreviationSection(rows: readonly AbbreviationRow[]): string {
  return rows.length === 0 ? '' : `<details><summary>Abbreviations (${rows.length})</summary>${abbreviationTableHtml(rows)}</details>`;
}

function notCheckedList(files: ReadonlyArray<{ path: string; reason: string }>): string {
  if (files.length === 0) return '';
  return `<section><h2>Not checked</h2><ul>${files.map((f) => `<li>${escapeHtml(f.path)}: ${escapeHtml(f.reason)}</li>`).join('')}</ul></section>`;
}

function documentSection(doc: ReviewDocument, docIndex: number, terms: TermIndex): string {
  // One reading of the document serves all three tables.
  const format = doc.format ?? 'markdown';
  const blocks = analyseDocument(doc.text, format, terms);
  const tables =
    readabilitySection(blocksReadability(blocks), doc.text, doc.readabilityTarget ?? DEFAULT_SETTINGS.readabilityTarget) +
    abbreviationSection(abbreviationTable(doc.text, terms, format, blocks)) + claimsSection(claimsInventory(doc.text, terms, format, blocks), doc, docIndex);
  const heading = `<h2>${escapeHtml(doc.path)}: ${doc.findings.length} finding${doc.findings.length === 1 ? '' : 's'}</h2>${tables}`;
  if (doc.findings.length === 0) return `<section>${heading}<p>No findings.</p></section>`;
  const rows = doc.findings.map((f, i) => findingRow(doc, f, `d${docIndex + 1}-f${i + 1}`, i, terms)).join('\n');
  return `<section>${heading}
<table><thead><tr><th>#</th><th>Line</th><th>Severity</th><th>Sentence</th><th>Finding</th><th>Fact and source</th><th>Decision</th></tr></thead>
<tbody>
${rows}
</tbody></table></section>`;
}

function findingRow(doc: ReviewDocument, f: Finding, id: string, index: number, terms: TermIndex): string {
  const line = f.range.start.line + 1;
  const { start, end } = sentenceAround(doc.text, f.offset, f.endOffset);
  const markEnd = Math.min(Math.max(f.endOffset, f.offset), end);
  const sentence =
    escapeHtml(doc.text.slice(start, f.offset)) + `<mark>${escapeHtml(doc.text.slice(f.offset, markEnd))}</mark>` + escapeHtml(doc.text.slice(markEnd, end));
  const evidence = findingEvidence(f, terms);
  const sources = evidence.sources.map((s) => `<div>Source: ${s.url ? `<a href="${escapeHtml(s.url)}">${escapeHtml(s.title)}</a>` : escapeHtml(s.title)}</div>`);
  const facts = [
    evidence.fact ? `<div class="fact">${escapeHtml(evidence.fact)}</div>` : '',
    ...sources,
    evidence.entry ? `<div class="fact">Entry "${escapeHtml(evidence.entry.preferred)}", reviewed ${escapeHtml(evidence.entry.reviewed)}</div>` : '',
    `<div><a href="${escapeHtml(f.url)}">Rule ${escapeHtml(f.ruleId)}</a></div>`,
  ].join('');
  return (
    `<tr id="${id}" class="${f.severity}" data-finding data-file="${escapeHtml(doc.path)}" data-line="${line}" data-rule="${escapeHtml(f.ruleId)}" data-severity="${f.severity}" data-offset="${f.offset}" data-end-offset="${f.endOffset}" data-decision="">` +
    `<td>${index + 1}</td><td>${line}:${f.range.start.character + 1}</td><td><span class="sev">${f.severity}</span></td>` +
    `<td class="context">${sentence}</td><td class="message">${escapeHtml(f.message)}</td><td>${facts}</td>` +
    `<td><select aria-label="Decision for finding ${index + 1}"><option value="">Not decided</option><option value="accept">Accept</option><option value="change">Change</option><option value="dismiss">Dismiss</option></select>` +
    `<textarea aria-label="Note for finding ${index + 1}" placeholder="Note"></textarea></td></tr>`
  );
}


function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}
