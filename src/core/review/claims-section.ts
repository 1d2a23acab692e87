import { claimsInventory, type InventoryRow } from '../claims/inventory';
import type { FactVerdict } from '../claims/compare';
import type { TermIndex } from '../terminology/term-index';
import type { Finding } from '../types';
import { escapeHtml } from './html';

/** Findings about what a sentence claims, as opposed to its wording. */
const CLAIM_CATEGORIES = new Set<string>(['treatment-claim', 'anatomy-misclassification', 'numeric-claim', 'absolute-claim']);

/** What each verdict means to a reviewer. */
const VERDICT_TEXT: Record<FactVerdict, string> = {
  agrees: 'matches the facts',
  differs: 'differs from the facts',
  unsettled: 'the evidence does not settle it',
  'not-asserted': 'not asserted by the writer',
  'no-fact': 'no fact on file',
};

/**
 * The claims inventory of one document for the review page: every claim the claim reader found,
 * correct ones too, with the fact it was compared with, its source, and the claim findings in the
 * same sentence (by their number in the findings table).
 */
export function claimsSection(doc: { text: string; findings: readonly Finding[]; format?: 'markdown' | 'text' }, docIndex: number, terms: TermIndex): string {
  const rows = claimsInventory(doc.text, terms, doc.format);
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
    `<td>${VERDICT_TEXT[row.verdict]}</td><td>${findings}</td></tr>`
  );
}
