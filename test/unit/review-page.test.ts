import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HtmlValidate } from 'html-validate';
import { documentReadability, reviewPage } from '../../src/core/index';
import { fixtureDir, runCli } from './fixtures/cli';
import { lint, terms } from './helpers';

const STEROIDS = 'Steroids are an effective treatment for Guillain-Barré syndrome.';
const ARTICLE = `# Treatments for CIDP\n\nPeople suffering from CIDP may get IVIG. ${STEROIDS}\n\nMS is a peripheral neuropathy.\n`;

function page(text = ARTICLE): string {
  return reviewPage({ documents: [{ path: 'article.md', text, findings: lint(text) }], generated: '2026-12-04 10:00 UTC', toolVersion: '0.1.0', terms });
}

test('review page: valid HTML (html-validate, recommended rules) that loads nothing from anywhere', async () => {
  const html = page();
  const report = await new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'no-inline-style': 'off' } }).validateString(html);
  const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`));
  assert.deepEqual(messages, []);
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">/);
  assert.doesNotMatch(html, /<(?:link|img|iframe)\b|\bsrc=|@import|url\(/);
});

test('review page: each finding in its sentence, with the verdict source as a link and a decision control', () => {
  const html = page();
  const row = html.split('\n').find((l) => l.includes('data-rule="treatment-claim"'))!;
  assert.ok(row, 'a treatment-claim row');
  assert.match(row, /<td class="context"><mark>Steroids<\/mark> are an effective treatment for Guillain-Barré syndrome\.<\/td>/);
  // The GBS corticosteroid verdict is a guideline's (AAN 2003), so the guideline is the linked source.
  assert.match(row, /Source: <a href="https:\/\/pubmed\.ncbi\.nlm\.nih\.gov\/14504313\/">Hughes RAC, Wijdicks EFM/);
  assert.match(row, /<option value="accept">Accept<\/option><option value="change">Change<\/option><option value="dismiss">Dismiss<\/option>/);
  // Wording findings rest on their rule, not on a medical source.
  const wording = html.split('\n').find((l) => l.includes('data-rule="stigmatizing-language"'))!;
  assert.doesNotMatch(wording, /Source:/);
  const findings = lint(ARTICLE);
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  const cells = [1, count('error'), count('warning'), count('info'), count('hint'), findings.length].map((n) => `<td>${n}</td>`).join('');
  assert.ok(html.includes(`<tbody><tr>${cells}</tr></tbody>`), 'counts: documents, then by severity, then the total');
  assert.ok(count('error') >= 2);
});

test('review page: markup in the document is shown as text, never run', () => {
  const html = page('# GBS and <script>alert(1)</script>\n\nPeople suffering from <b>GBS</b> recover.\n');
  assert.equal(html.match(/<script>/g)?.length, 1, 'only the page script');
  assert.match(html, /&#60;script&#62;alert\(1\)&#60;\/script&#62;|&#60;b&#62;/);
});

test('neuroterm check --format html: every finding of the JSON output is a row, and skipped files are listed', async () => {
  const dir = fixtureDir({ 'a.md': ARTICLE.repeat(2), 'b.md': `# GBS\n\nFine text about GBS. ${STEROIDS}\n`, 'empty.md': '' });
  const json = JSON.parse((await runCli(['check', '.', '--format', 'json'], dir)).stdout);
  const { stdout: html } = await runCli(['check', '.', '--format', 'html', '--max-file-size', '300'], dir);
  const expected = json.files.flatMap((f: { path: string; findings: Array<Record<string, unknown>> }) =>
    f.path === 'a.md' ? [] : f.findings.map((x) => `${f.path} ${x.line} ${x.ruleId} ${x.offset}`),
  );
  const rows = [...html.matchAll(/data-file="([^"]+)" data-line="(\d+)" data-rule="([^"]+)" data-severity="\w+" data-offset="(\d+)"/g)].map((m) => `${m[1]} ${m[2]} ${m[3]} ${m[4]}`);
  assert.deepEqual(rows, expected);
  assert.ok(expected.length >= 2);
  assert.match(html, /<h2>Not checked<\/h2><ul><li>a\.md: Skipped: the file is/);
});

test('review page: the claims inventory lists every claim read, correct ones too, with the fact, its source and the finding', () => {
  const html = page();
  assert.ok(html.includes('<details class="claims"><summary>Claims read (3; 2 differ from the facts)</summary>'));
  const steroids =
    `<tr class="claim differs"><td>3</td><td class="context">${STEROIDS}</td><td>corticosteroids for Guillain-Barré syndrome: presented as working</td>` +
    '<td>stated by the writer</td><td><div class="fact">corticosteroids for Guillain-Barré syndrome: not effective (AAN 2003 practice parameter; Cochrane review 2016; evidence: a clinical guideline)</div>' +
    '<div>Source: <a href="https://pubmed.ncbi.nlm.nih.gov/14504313/">';
  assert.ok(html.includes(steroids), 'the wrong claim, with its fact and source');
  assert.match(html, /<tr class="claim agrees"><td>3<\/td><td class="context">People suffering from CIDP may get IVIG\.<\/td><td>intravenous immunoglobulin for chronic inflammatory demyelinating polyneuropathy: presented as used<\/td><td>hedged<\/td>.*<td>matches the facts<\/td><td><\/td><\/tr>/);
  const findingIds = [...html.matchAll(/<tr id="(d1-f\d+)"[^>]*data-rule="treatment-claim"/g)].map((m) => m[1]);
  assert.equal(findingIds.length, 1);
  assert.ok(html.includes(`differs from the facts</td><td><a href="#${findingIds[0]}">`), 'the wrong claim links to its finding');
});

test('review page: the reading grade of the document and of each section, judged against the target', async () => {
  const hard = 'Immunomodulatory interventions necessitate individualized evaluation of electrophysiological abnormalities. '.repeat(14);
  const easy = 'Rest when you feel tired. Walk a little each day. '.repeat(14);
  const text = `# Guide\n\n## Science\n\n${hard}\n\n## Daily life\n\n${easy}\n\n## Short\n\nAsk your team.\n`;
  const html = page(text);
  const r = documentReadability(text);
  const [guide, science, daily, short] = r.sections;
  assert.ok(html.includes(`<details class="readability"><summary>Reading grade ${r.fleschKincaid} (Flesch-Kincaid; SMOG ${r.smog}) over ${r.words} words: above the target of 8</summary>`));
  assert.equal(guide!.words, 0);
  assert.ok(html.includes(`<tr><td>Guide</td><td>1</td><td>0</td><td>0</td><td>0</td><td>too short to judge (under 100 words)</td></tr>`));
  assert.ok(html.includes(`<tr><td>Science</td><td>3</td><td>${science!.fleschKincaid}</td><td>${science!.smog}</td><td>${science!.words}</td><td>above the target of 8</td></tr>`));
  assert.ok(html.includes(`<tr><td>Daily life</td><td>7</td><td>${daily!.fleschKincaid}</td><td>${daily!.smog}</td><td>${daily!.words}</td><td>within the target of 8</td></tr>`));
  assert.ok(html.includes(`<tr><td>Short</td><td>11</td><td>${short!.fleschKincaid}</td><td>${short!.smog}</td><td>3</td><td>too short to judge (under 100 words)</td></tr>`));
  const report = await new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'no-inline-style': 'off' } }).validateString(html);
  assert.deepEqual(report.results.flatMap((x) => x.messages.map((m) => m.message)), []);

  // The CLI judges each file against its own configuration's target.
  const dir = fixtureDir({ 'guide.md': text, '.neuroterm.json': JSON.stringify({ readabilityTarget: 12 }) });
  const { stdout } = await runCli(['check', 'guide.md', '--format', 'html'], dir);
  assert.ok(stdout.includes('<th>Target 12</th>'));
  assert.ok(stdout.includes(`<td>${science!.words}</td><td>above the target of 12</td>`));
  assert.ok(stdout.includes(`<td>${daily!.words}</td><td>within the target of 12</td>`));
});
