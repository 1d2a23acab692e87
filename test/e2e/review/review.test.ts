// The review page (`neuroterm check --format html`) in headless Chromium: it loads nothing but itself,
// a reviewer's decision and note survive "Save page", and "Export decisions (CSV)" lists them.
// Run: node --import tsx --test test/e2e/review/review.test.ts (after npm run build). With
// NEUROTERM_SCREENSHOTS=<folder> it also writes review-page.png there (npm run screenshots).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from '../harness/browser';
import { ROOT } from '../harness/paths';

const ARTICLE = `# Treatments for Guillain-Barré syndrome

Guillain-Barré syndrome is rare. Steroids are an effective treatment for Guillain-Barré syndrome.
Like GBS, multiple sclerosis is a peripheral neuropathy.

People suffering from GBS usually recover, and plasma exchange (PLEX) helps many of them.
`;

test('review page in Chromium: offline, decisions saved into the page, CSV export', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'neuroterm-review-'));
  fs.writeFileSync(path.join(dir, 'article.md'), ARTICLE);
  let html = '';
  try {
    execFileSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'check', 'article.md', '--format', 'html'], { cwd: dir, encoding: 'utf8' });
  } catch (e) {
    html = (e as { stdout: string }).stdout; // exit code 1: the article has errors
  }
  assert.match(html, /^<!DOCTYPE html>/);
  const file = path.join(dir, 'review.html');
  fs.writeFileSync(file, html);

  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`file://${file}`);
    const rows = page.locator('tr[data-finding]');
    const total = await rows.count();
    assert.ok(total >= 4, `${total} findings`);
    assert.equal(await page.locator('#decided').textContent(), `0 of ${total} findings decided`);

    const first = rows.first();
    await first.locator('select').selectOption('accept');
    await first.locator('textarea').fill('Checked with the medical reviewer.');
    assert.equal(await page.locator('#decided').textContent(), `1 of ${total} findings decided`);
    assert.equal(await first.getAttribute('data-decision'), 'accept');
    if (process.env.NEUROTERM_SCREENSHOTS) await page.screenshot({ path: path.join(process.env.NEUROTERM_SCREENSHOTS, 'review-page.png'), fullPage: true });

    const [saved] = await Promise.all([page.waitForEvent('download'), page.click('#save')]);
    assert.equal(saved.suggestedFilename(), 'review-article.html');
    const savedFile = path.join(dir, 'saved.html');
    await saved.saveAs(savedFile);
    const reopened = await context.newPage();
    reopened.on('request', (r) => requests.push(r.url()));
    await reopened.goto(`file://${savedFile}`);
    const again = reopened.locator('tr[data-finding]').first();
    assert.equal(await again.locator('select').inputValue(), 'accept');
    assert.equal(await again.locator('textarea').inputValue(), 'Checked with the medical reviewer.');

    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
    const csvText = fs.readFileSync((await csv.path())!, 'utf8');
    const lines = csvText.trimEnd().split('\n');
    assert.equal(lines[0], 'file,line,rule,severity,message,decision,note');
    assert.equal(lines.length, total + 1);
    assert.match(lines[1]!, /^"article\.md","\d+","[a-z-]+","\w+",".*","accept","Checked with the medical reviewer\."$/);

    assert.deepEqual(requests.filter((u) => !u.startsWith('file://') && !u.startsWith('blob:')), [], 'no network');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});
