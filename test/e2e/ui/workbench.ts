// What a writer does in the workbench, as playwright steps. Every step waits for a selector with a
// timeout; none sleeps. Selectors are VS Code 1.100's.
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { pointOfWord } from '../harness/browser';

const EDITOR_LINES = '.editor-instance .view-lines';
const HOVER = '.monaco-hover:not(.hidden) .monaco-hover-content';

/** Open a workspace file with Quick Open (Ctrl+P) and wait until the editor shows `textInFile`. */
export async function quickOpen(page: Page, name: string, textInFile: string): Promise<void> {
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget .quick-input-box input').fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator(EDITOR_LINES, { hasText: textInFile }).waitFor();
}

/** A squiggle of the given kind in the active editor; the first one also tells that the extension is up. */
export function squiggles(page: Page, kind: 'error' | 'warning' | 'info'): Locator {
  return page.locator(`.editor-instance .squiggly-${kind}`);
}

/** Move the pointer away and close any hover or widget, so the next step starts clean. */
export async function dismiss(page: Page): Promise<void> {
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  await page.locator(HOVER).waitFor({ state: 'detached', timeout: 5_000 }).catch(() => undefined);
}

/** Rest the pointer on the `nth` `word` and return the hover that contains `expected`. */
export async function hoverWord(page: Page, word: string, expected: string, nth = 0): Promise<Locator> {
  const p = await pointOfWord(page, word, nth);
  await page.mouse.move(p.x, p.y);
  const hover = page.locator(HOVER, { hasText: expected }).first();
  await hover.waitFor({ timeout: 10_000 });
  return hover;
}

/**
 * Focus the row titled `title` in the open action menu (light bulb, Ctrl+.) with the arrow keys: the
 * menu keeps a pointer-blocking layer over itself while open, so clicks do not reach its rows.
 */
export async function chooseAction(page: Page, title: string): Promise<void> {
  const menu = page.locator('.action-widget');
  await menu.locator('.monaco-list-row', { hasText: title }).first().waitFor();
  const rows = await menu.locator('.monaco-list-row.action').count();
  for (let i = 0; i <= rows; i++) {
    const focused = menu.locator('.monaco-list-row.focused');
    if ((await focused.getAttribute('aria-label')) === title) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no action titled ${title} could be focused`);
}

/** Put the caret on `word` (a click in the middle of it). */
export async function clickWord(page: Page, word: string): Promise<void> {
  const p = await pointOfWord(page, word);
  await page.mouse.click(p.x, p.y);
}

/** Run a command from the palette (F1), by its title as the palette shows it. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget .quick-input-box input').fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
}

/** Wait until a line of the active editor reads exactly `expected` (Monaco renders spaces as U+00A0). */
export async function waitForLine(page: Page, expected: string): Promise<void> {
  const line = page.locator(`${EDITOR_LINES} .view-line`).filter({ hasText: expected });
  await line.first().waitFor();
  const texts = (await line.allInnerTexts()).map((t) => t.replace(/\u00a0/g, ' '));
  if (!texts.includes(expected)) throw new Error(`no editor line reads ${JSON.stringify(expected)}: ${JSON.stringify(texts)}`);
}

/** The content of the visible webview: VS Code nests it two iframes deep. */
export function webviewBody(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
}
