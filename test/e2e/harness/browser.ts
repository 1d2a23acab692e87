// Debian's Chromium driven by playwright-core: launch it, open a workbench, and run extension-host tests
// in a page the way @vscode/test-electron does on the desktop.
import fs from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM } from './paths';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Sandboxing needs user namespaces, which containers rarely have; the rest keeps Chromium offline.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/** Open a workbench URL and wait until the explorer shows the folder. */
export async function openWorkbench(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('.monaco-workbench .explorer-folders-view', { timeout: 60_000 });
}

export interface SuiteResult {
  exitCode: number;
  passed: number;
  failed: number;
}

/** Lines the suite's reporter (test/e2e/suite/reporter.ts) writes start with this. */
const REPORT_PREFIX = 'neuroterm-e2e| ';

/**
 * Load `url` in a fresh page and wait for the extension host's test run to end. The workbench reports
 * console output through `codeAutomationLog` and the exit code through `codeAutomationExit`; both must
 * exist before the page loads. The reporter's lines are printed, everything else goes to `logFile`.
 * The reporter's last line, `N passed, N failed`, gives the counts.
 */
export async function runSuiteInPage(browser: Browser, url: string, timeoutMs: number, logFile: string): Promise<SuiteResult> {
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const log = fs.createWriteStream(logFile);
  const page = await browser.newPage();
  let passed = 0;
  let failed = 0;
  let reported = false;
  let resolveExit: (code: number) => void = () => undefined;
  const exit = new Promise<number>((r) => (resolveExit = r));
  await page.exposeFunction('codeAutomationLog', (_type: string, args: unknown[]) => {
    const text = util.format(...args); // mocha logs printf-style ('%s%s', ...)
    log.write(text.endsWith('\n') ? text : `${text}\n`);
    for (const line of text.split('\n')) {
      if (!line.startsWith(REPORT_PREFIX)) continue;
      reported = true;
      const shown = line.slice(REPORT_PREFIX.length);
      const counts = /^(\d+) passed, (\d+) failed/.exec(shown);
      if (counts) {
        passed = Number(counts[1]);
        failed = Number(counts[2]);
      }
      console.log(shown);
    }
  });
  await page.exposeFunction('codeAutomationExit', (code: number) => resolveExit(code));
  page.on('pageerror', (e) => log.write(`[page error] ${e.message}\n`));
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<number>((r) => {
    timer = setTimeout(() => {
      console.error(`extension-host tests did not finish within ${timeoutMs} ms`);
      r(1);
    }, timeoutMs);
  });
  await page.goto(url);
  const exitCode = await Promise.race([exit, timeout]);
  clearTimeout(timer);
  await page.close();
  await new Promise((r) => log.end(r));
  if (exitCode !== 0 && !reported) console.error(`the suite reported nothing; workbench log: ${logFile}`);
  // A run that died before its summary still counts as a failure.
  if (exitCode !== 0 && failed === 0) failed = 1;
  return { exitCode, passed, failed };
}

/**
 * Screen point at the middle of the `nth` occurrence of `word` in the visible lines of the active editor.
 * Monaco renders spaces as U+00A0, and a word may sit inside a longer token span, so this measures a DOM
 * Range rather than an element. The function runs in the page, hence the source string.
 */
export async function pointOfWord(page: Page, word: string, nth = 0): Promise<{ x: number; y: number }> {
  const box = (await page.evaluate(`(() => {
    const [w, nth] = ${JSON.stringify([word, nth])};
    const lines = document.querySelector('.editor-instance .monaco-editor .view-lines');
    if (!lines) return null;
    const walker = document.createTreeWalker(lines, NodeFilter.SHOW_TEXT);
    let seen = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent.replace(/\\u00a0/g, ' ');
      for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
        if (seen++ < nth) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + w.length);
        const b = r.getBoundingClientRect();
        return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
      }
    }
    return null;
  })()`)) as { x: number; y: number } | null;
  if (!box) throw new Error(`"${word}" is not in the visible editor lines`);
  return box;
}
