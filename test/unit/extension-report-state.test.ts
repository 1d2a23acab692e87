import { test } from 'node:test';
import assert from 'node:assert/strict';
import { summarizeFindings } from '../../src/core/index';
import { reportHtml } from '../../src/extension/report-html';
import { claimsTarget, ReportState } from '../../src/extension/report-state';
import { lint } from './helpers';

const LEAFLET = 'file:///notes/leaflet.md';
const OTHER = 'file:///notes/other.md';
const NOTICE = 'The document changed after this check, so these findings may be out of date. <button type="button" id="rerun">Check again</button></p>';

test('report state: an edit of the checked document makes the report stale once; a new check makes it current', () => {
  const state = new ReportState();
  assert.equal(state.edited(LEAFLET, 1), false, 'nothing checked yet');
  state.checked(LEAFLET);
  assert.deepEqual([state.document, state.stale], [LEAFLET, false]);
  assert.equal(state.edited(OTHER, 3), false, 'another document');
  assert.equal(state.edited(LEAFLET, 0), false, 'a save or dirty-state event changes no text');
  assert.equal(state.stale, false);
  assert.equal(state.edited(LEAFLET, 1), true, 'the first edit tells the page');
  assert.equal(state.edited(LEAFLET, 2), false, 'later edits do not tell it again');
  assert.equal(state.stale, true);
  state.checked(LEAFLET);
  assert.equal(state.stale, false, 'Check again clears the notice');
  assert.equal(state.edited(LEAFLET, 1), true, 'and the next edit shows it again');
  state.checked(OTHER);
  assert.deepEqual([state.document, state.stale], [OTHER, false], 'a check of another document replaces the report');
  assert.equal(state.edited(LEAFLET, 1), false);
});

test('report page: the notice is hidden on a fresh check and shown when rendered stale (a hidden tab reloads this way)', () => {
  const summary = summarizeFindings('leaflet.md', lint('Guillian-Barre syndrome is rare.\n'));
  const fresh = reportHtml(summary, { nonce: 'n' });
  const stale = reportHtml(summary, { nonce: 'n', stale: true });
  assert.ok(fresh.includes(`<p id="stale" class="stale" hidden>${NOTICE}`));
  assert.ok(stale.includes(`<p id="stale" class="stale">${NOTICE}`));
  assert.equal(stale.replace('class="stale">', 'class="stale" hidden>'), fresh, 'nothing else differs');
});

test('Check Medical Claims target: the asked document, the active editor, the report tab\'s document, the last editor', () => {
  const report = { reportDocument: LEAFLET };
  assert.equal(claimsTarget({ asked: OTHER, activeEditor: LEAFLET, reportActive: true, ...report }), OTHER, 'Check again names its document');
  assert.equal(claimsTarget({ activeEditor: OTHER, reportActive: false, ...report, lastEditor: OTHER }), OTHER, 'from an editor, that editor');
  // The report tab has focus: no text editor is active, and the last editor may be another document.
  assert.equal(claimsTarget({ reportActive: true, ...report, lastEditor: OTHER }), LEAFLET);
  // Another webview (a Markdown preview) has focus: the last Markdown editor, not the report's document.
  assert.equal(claimsTarget({ reportActive: false, ...report, lastEditor: OTHER }), OTHER);
  assert.equal(claimsTarget({ reportActive: false, ...report }), LEAFLET, 'no editor was ever active: the report\'s');
  assert.equal(claimsTarget<string>({ reportActive: false }), undefined, 'nothing to check');
});
