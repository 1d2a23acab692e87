// What a writer sees: the packaged extension installed in code-server, the workbench in headless Chromium.
// Run: node --import tsx --test test/e2e/ui/ui.test.ts (after npm run package). Set NEUROTERM_SCREENSHOTS
// to a folder to save the README screenshots on the way (npm run screenshots does that). The tests run in
// order on one workbench, as a writer's session would; each leaves it ready for the next.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openWorkbench } from '../harness/browser';
import { startSession, type Session } from '../harness/extension-under-test';
import { LOG_DIR, requireTools } from '../harness/paths';
import { makeWorkspace, type Workspace } from '../harness/workspace';
import { chooseAction, clickWord, dismiss, waitForLine, hoverWord, quickOpen, runCommand, squiggles, webviewBody } from './workbench';

const SHOTS = process.env.NEUROTERM_SCREENSHOTS;
let session: Session | undefined;
let browser: Browser | undefined;
let workspace: Workspace | undefined;
let page: Page;
/** Requests the browser made to anywhere but the local code-server (NeuroTerm promises no network use). */
const outside: string[] = [];
let requests = 0;

async function shot(name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

before(async () => {
  requireTools('code-server', 'chromium', 'vsix');
  const started = Date.now();
  workspace = makeWorkspace();
  session = await startSession({ 'editor.fontSize': 15, 'editor.minimap.enabled': false });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: SHOTS ? 2 : 1 });
  const base = session.server.base;
  page.on('request', (r) => {
    requests++;
    if (!r.url().startsWith(`${base}/`) && !/^(data|blob):/.test(r.url())) outside.push(r.url());
  });
  page.setDefaultTimeout(30_000); // generous: CI machines may be busy; failures still fail
  await openWorkbench(page, session.url(workspace.dir));
  console.log(`workbench shown after ${Date.now() - started} ms`);
  await quickOpen(page, 'anatomy.md', 'Multiple sclerosis');
  console.log(`anatomy.md open after ${Date.now() - started} ms`);
  // The extension activates when the first Markdown file opens: its first squiggle says it is running.
  await squiggles(page, 'error').first().waitFor({ timeout: 60_000 });
  console.log(`workbench up and NeuroTerm active after ${Date.now() - started} ms`);
});

after(async () => {
  session?.server.saveLogs(LOG_DIR, 'ui');
  await browser?.close();
  await session?.server.stop();
  workspace?.remove();
});

test('a misclassified condition gets a squiggle whose hover names the rule', async () => {
  const hover = await hoverWord(page, 'sclerosis', 'anatomy-misclassification');
  assert.match(await hover.innerText(), /Multiple sclerosis is a disease of the central nervous system/);
  await dismiss(page);
});

test('hovering "CIDP" shows its definition', async () => {
  await quickOpen(page, 'terms.md', 'CIDP develops');
  const hover = await hoverWord(page, 'CIDP', 'Chronic inflammatory demyelinating polyneuropathy', 1);
  assert.match(await hover.innerText(), /immune system damages the coating of nerves/);
  await shot('hover');
  await dismiss(page);
});

test('completion after "Guil" offers "Guillain-Barré syndrome" and inserts it', async () => {
  await quickOpen(page, 'completion.md', 'Guil');
  await clickWord(page, 'Guil');
  await page.keyboard.press('End');
  await page.keyboard.press('Control+Space'); // Markdown has no automatic suggestions
  const row = page.locator('.suggest-widget.visible .monaco-list-row', { hasText: 'Guillain-Barré syndrome' }).first();
  await row.waitFor({ timeout: 10_000 });
  await shot('completion');
  await row.click();
  await page.locator('.suggest-widget.visible').waitFor({ state: 'hidden' });
  await waitForLine(page, 'A condition that comes on within days is Guillain-Barré syndrome');
});

test('the Problems panel lists the misspelling with its place', async () => {
  await quickOpen(page, 'spelling.md', 'Guillian');
  await squiggles(page, 'error').first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Control+Shift+M');
  const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'is misspelled' }).first();
  await row.waitFor({ timeout: 10_000 });
  const label = (await row.getAttribute('aria-label')) ?? '';
  assert.match(label, /"Guillian-Barre syndrome" is misspelled/);
  assert.match(label, /at line 3 and character 1\b/);
});

test('the light bulb quick fix corrects the misspelling and the squiggle goes', async () => {
  await clickWord(page, 'Guillian');
  const bulb = page.locator('.editor-instance .lightBulbWidget');
  await bulb.waitFor({ timeout: 10_000 });
  await bulb.click();
  await chooseAction(page, 'Change to "Guillain-Barré syndrome"');
  await shot('diagnostics-quick-fix');
  await page.keyboard.press('Enter');
  await waitForLine(page, 'Guillain-Barré syndrome can start with tingling in the feet.');
  await squiggles(page, 'error').first().waitFor({ state: 'detached', timeout: 10_000 });
  await runCommand(page, 'View: Hide Panel');
  await page.locator('.markers-panel').waitFor({ state: 'hidden' });
});

test('"NeuroTerm: Check Medical Claims" from the palette shows the report', async () => {
  await quickOpen(page, 'claims.md', 'Multiple sclerosis');
  await runCommand(page, 'NeuroTerm: Check Medical Claims');
  const report = webviewBody(page);
  await report.locator('h1', { hasText: 'Medical claims' }).waitFor({ timeout: 15_000 });
  const body = await report.locator('body').innerText();
  assert.match(body, /anatomy-misclassification\s+1/);
  assert.match(body, /spelling\s+1/);
  await shot('report');
});

test('nothing left 127.0.0.1: every request of the session went to the local server', () => {
  assert.ok(requests > 10, `the workbench's requests were observed (${requests})`);
  assert.deepEqual(outside, []);
});
