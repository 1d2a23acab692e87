import type { AbbreviationRow } from '../editor/abbreviation-table';
import { escapeHtml } from './html';

/**
 * A document's table of abbreviations as HTML (the review page and the VS Code report). A module of
 * its own so the extension's report does not bundle the review page, and with it the Markdown parser.
 */
export function abbreviationTableHtml(rows: readonly AbbreviationRow[]): string {
  const body = rows
    .map((r) => `<tr><td>${escapeHtml(r.abbreviation)}</td><td>${escapeHtml(r.expansion)}</td><td>${r.definedLine === null ? 'never' : `line ${r.definedLine}`}</td><td>${r.uses}</td></tr>`)
    .join('');
  return `<table class="abbreviations"><thead><tr><th>Abbreviation</th><th>Stands for</th><th>Spelled out</th><th>Uses</th></tr></thead><tbody>${body}</tbody></table>`;
}
