import type { InventoryRow } from '../claims/inventory';
import { VERDICT_WORDS } from '../claims/compare';
import type { Category, Finding } from '../types';
import { escapeHtml } from './html';

/** Findings about what a sentence claims, as opposed to its wording. */
const CLAIM_CATEGORIES = new Set<Category>(['treatment-claim', 'anatomy-misclassification', 'numeric-claim', 'absolute-claim']);


/**
 * The claims inventory of one document (`claimsInventory`) for the review page: every claim read,
 * correct ones too, with the fact it was compared with, its source, and the claim findings in the
 * same sentence (by their number in the findings table).
 */
export function claimsSection(rows: readonly InventoryRow[], doc: { text: string; findings: readonly Finding[] }, docIndex: number): string {
  if (rows.length === 0) return '';
  const differ = rows.filter((r) => r.verdict === 'differs').length;
  const body = rows.map((r) => claimRow(r, doc, docIndex)).join('');
  return (
    `<details class="claims"><summary>Claims read (${rows.length}; ${differ} differ${differ === 1 ? 's' : ''} from the facts)</summary>` +
    `<table class="claims"><thead><tr><th>Line</th><th>Sentence</th><th>What it says</th><th>Read as</th><th>Compared with</th><th>Result</th><th>Findings</th></tr></thead><tbody>${body}</tbody></table></details>`
  );
}

function claimRow(row: InventoryRow, doc: { text: string; findings: readonly Finding[] }, docIndex: number): string {
  const findings = doc.findings
    .map((f, i) => ({ f, n: i + 1 }))
    .filter(({ f }) => CLAIM_CATEGORIES.has(f.category) && f.offset < row.endOffset && f.endOffset > row.offset)
    .map(({ n }) => `<a href="#d${docIndex + 1}-f${n}">#${n}</a>`)
    .join(' ');
  const source = row.source ? `<div>Source: ${row.source.url ? `<a href="${escapeHtml(row.source.url)}">${escapeHtml(row.source.title)}</a>` : escapeHtml(row.source.title)}</div>` : '';
  const fact = row.fact ? `<div class="fact">${escapeHtml(row.fact)}</div>${source}` : '';
  return (
    `<tr class="claim ${row.verdict}"><td>${row.line}</td><td class="context">${escapeHtml(doc.text.slice(row.offset, row.endOffset))}</td>` +
    `<td>${escapeHtml(row.says)}</td><td>${escapeHtml(row.framing || 'stated by the writer')}</td><td>${fact}</td>` +
    `<td>${VERDICT_WORDS[row.verdict]}</td><td>${findings}</td></tr>`
  );
}
