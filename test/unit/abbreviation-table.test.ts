import { test } from 'node:test';
import assert from 'node:assert/strict';
import { abbreviationTable, reviewPage, summarizeFindings } from '../../src/core/index';
import { reportHtml } from '../../src/extension/report-html';
import { lint, terms } from './helpers';

const DOC = '# About CIDP\n\nChronic inflammatory demyelinating polyneuropathy (CIDP) is rare.\n\nCIDP is treated with IVIg. IVIg helps, and so does PE.\n';

test('table of abbreviations: first spelling, expansion, line where spelled out (headings aside), uses alone', () => {
  assert.deepEqual(abbreviationTable(DOC, terms), [
    { abbreviation: 'CIDP', expansion: 'chronic inflammatory demyelinating polyneuropathy', definedLine: 3, uses: 1 },
    { abbreviation: 'IVIg', expansion: 'intravenous immunoglobulin', definedLine: null, uses: 2 },
    { abbreviation: 'PE', expansion: 'plasma exchange', definedLine: null, uses: 1 },
  ]);
  assert.deepEqual(abbreviationTable('No abbreviations here.\n', terms), []);
});

test('the report and the review page show the table', () => {
  const rows = abbreviationTable(DOC, terms);
  const report = reportHtml(summarizeFindings('a.md', lint(DOC), undefined, rows), { nonce: 'n' });
  const row = '<tr><td>CIDP</td><td>chronic inflammatory demyelinating polyneuropathy</td><td>line 3</td><td>1</td></tr>';
  assert.ok(report.includes(`<h2>Abbreviations</h2>\n<table class="abbreviations">`) && report.includes(row));
  const page = reviewPage({ documents: [{ path: 'a.md', text: DOC, findings: lint(DOC) }], generated: 'x', toolVersion: '0', terms });
  assert.ok(page.includes('<details><summary>Abbreviations (3)</summary><table class="abbreviations">') && page.includes(row));
  assert.ok(page.includes('<tr><td>IVIg</td><td>intravenous immunoglobulin</td><td>never</td><td>2</td></tr>'));
});
