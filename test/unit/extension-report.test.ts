import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentReadability, summarizeFindings } from '../../src/core/index';
import { escapeHtml, reportCsp, reportHtml } from '../../src/extension/report-html';
import { lint } from './helpers';

const text = 'Guillian-Barre syndrome is rare.\n\nChurg-Strauss syndrome is <b>rare</b> too.\n';

test('the summary counts real findings by severity and category, keeping their order', () => {
  const findings = lint(text);
  assert.ok(findings.length >= 2, 'fixture must produce findings');
  const summary = summarizeFindings('notes/leaflet.md', findings);
  assert.equal(summary.document, 'notes/leaflet.md');
  assert.equal(summary.total, findings.length);
  assert.deepEqual(summary.findings, findings);
  for (const severity of ['error', 'warning', 'info', 'hint'] as const) {
    assert.equal(summary.bySeverity[severity], findings.filter((f) => f.severity === severity).length, severity);
  }
  for (const [category, count] of Object.entries(summary.byCategory)) {
    assert.equal(count, findings.filter((f) => f.category === category).length, category);
  }
  assert.equal(Object.values(summary.byCategory).reduce((a, b) => a + b, 0), findings.length);
  assert.deepEqual(summary.readabilityNotes, findings.filter((f) => f.category === 'readability').map((f) => f.message));
  assert.equal(summary.readability, null, 'not measured unless asked');
});

test('the summary carries the measured reading grade of the document and its sections', () => {
  const doc = '# Nerves\n\nThe nerves carry signals. They can be hurt.\n\n# Care\n\nRest helps. Doctors check the nerves often.\n';
  const report = documentReadability(doc);
  const summary = summarizeFindings('doc.md', lint(doc), { report, target: 8 });
  assert.deepEqual(summary.readability, {
    grade: report.fleschKincaid,
    smog: report.smog,
    words: report.words,
    target: 8,
    sections: report.sections.map((s) => ({ title: s.title, grade: s.fleschKincaid, words: s.words })),
  });
  assert.deepEqual(summary.readability!.sections.map((s) => s.title), ['Nerves', 'Care']);
  const html = reportHtml(summary, { nonce: 'n' });
  assert.ok(html.includes(`Grade ${report.fleschKincaid} (Flesch-Kincaid; SMOG ${report.smog}) over ${report.words} words; the target is 8 or lower.`));
  const care = report.sections[1]!;
  assert.ok(html.includes(`<tr><th>Care</th><td>grade ${care.fleschKincaid}</td><td>${care.words} words</td><td>too short to judge (under 100 words)</td></tr>`));
});

test('an empty document summarizes to zeros', () => {
  const summary = summarizeFindings('empty.md', []);
  assert.deepEqual(summary.bySeverity, { error: 0, warning: 0, info: 0, hint: 0 });
  assert.deepEqual(summary.byCategory, {});
  assert.equal(summary.total, 0);
});

test('the report page has a strict CSP, escapes text and links every finding by index', () => {
  const findings = lint(text);
  const summary = summarizeFindings('a<b>.md', findings);
  const html = reportHtml(summary, { nonce: 'abc123' });
  assert.equal(reportCsp('abc123'), "default-src 'none'; style-src 'nonce-abc123'; script-src 'nonce-abc123';");
  assert.ok(html.includes(`content="${reportCsp('abc123')}"`));
  assert.doesNotMatch(html, /unsafe-inline|unsafe-eval|https?:\/\//, 'nothing loads from anywhere');
  assert.ok(html.includes('a&#60;b&#62;.md'));
  assert.doesNotMatch(html, /<b>rare/);
  const links = [...html.matchAll(/data-index="(\d+)">(\d+):(\d+)</g)];
  assert.equal(links.length, findings.length);
  links.forEach((m, i) => {
    assert.equal(Number(m[1]), i);
    assert.equal(Number(m[2]), findings[i]!.range.start.line + 1);
    assert.equal(Number(m[3]), findings[i]!.range.start.character + 1);
  });
  for (const f of findings) assert.ok(html.includes(escapeHtml(f.message)), f.message);
  // The export button asks the extension for the review page; the page itself is built in the core.
  assert.ok(html.includes('<button type="button" id="export">Export review page</button>'));
  assert.ok(html.includes("if (event.target.id === 'export') return vscode.postMessage({ type: 'export' });"));
  // Stale after an edit: the extension posts "stale", the hidden notice shows, and its button asks for a re-run.
  assert.ok(html.includes('<p id="stale" class="stale" hidden>The document changed after this check, so these findings may be out of date. <button type="button" id="rerun">Check again</button></p>'));
  assert.ok(html.includes("if (event.data && event.data.type === 'stale') document.getElementById('stale').hidden = false;"));
  assert.ok(html.includes("if (event.target.id === 'rerun') return vscode.postMessage({ type: 'rerun' });"));
});

test('the injection grammar matches every directive kind and nothing else', () => {
  const grammar = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'syntaxes', 'neuroterm-directives.tmLanguage.json'), 'utf8'));
  const begin = new RegExp(grammar.repository.directive.begin);
  for (const kind of ['disable', 'enable', 'disable-line', 'disable-next-line', 'disable-file']) {
    const m = begin.exec(`<!-- neuroterm-${kind} spelling -->`);
    assert.equal(m?.[2], `neuroterm-${kind}`, kind);
  }
  assert.equal(begin.exec('<!--neuroterm-disable-->')?.[2], 'neuroterm-disable');
  assert.equal(begin.exec('<!-- neuroterm-disabled -->'), null);
  assert.equal(begin.exec('<!-- markdownlint-disable -->'), null);
});
