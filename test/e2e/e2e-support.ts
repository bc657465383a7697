import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { hc } from 'hono/client';
import { type Browser, chromium, type Page, type ViewportSize } from 'playwright-core';
import { afterAll, beforeAll, onTestFailed } from 'vitest';
import type { AppType } from '../../functions/api/app.js';
import { freePort } from '../../functions/local/ports.js';
import { localDate } from '../../shared/reminders/local-day.js';
import { findChromium } from '../support/chromium.js';
import { runNpmStart, stopGroup } from '../support/local-process.js';

/** Launches the installed Chromium (or CHROMIUM_PATH) headless, as test/check-prerequisites.ts found it. */
export function launchChromium(): Promise<Browser> {
  const found = findChromium();
  if ('problem' in found) throw new Error(found.problem);
  return chromium.launch({
    executablePath: found.path,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** The product running for a browser test: its address, a page at the viewport, its data folder. */
export type TProductInBrowser = {
  base: string;
  browser: Browser;
  page: Page;
  dataDir: string;
  /** Starts `npm start` again on the same port and data with more arguments (`--now …`); its output. */
  restart: (args: string[]) => Promise<string>;
  /** Closes the browser, stops the product as Ctrl-C does and removes its data. */
  stop: () => Promise<void>;
};

/**
 * The whole product as a newcomer starts it (`npm start` on a free port, with a data folder of
 * its own) and Chromium beside it, both started at once, with a page at `viewport`. Where one of
 * the two fails to start, the other is stopped before the error is thrown.
 */
async function startProductInBrowser(viewport: ViewportSize): Promise<TProductInBrowser> {
  const dataDir = mkdtempSync(join(tmpdir(), 'capaian-e2e-'));
  const port = await freePort();
  const npmStart = (args: string[] = []) =>
    runNpmStart(['--port', String(port), '--data-dir', dataDir, ...args]);
  const [started, launched] = await Promise.allSettled([npmStart(), launchChromium()]);
  let start = started.status === 'fulfilled' ? started.value : undefined;
  const stop = async () => {
    if (launched.status === 'fulfilled') await launched.value.close();
    if (start) await stopGroup(start, 'SIGINT');
    rmSync(dataDir, { recursive: true, force: true });
  };
  if (started.status === 'rejected') {
    await stop();
    throw started.reason;
  }
  if (launched.status === 'rejected') {
    await stop();
    throw launched.reason;
  }
  const restart = async (args: string[]) => {
    if (start) await stopGroup(start, 'SIGINT');
    start = undefined;
    start = await npmStart(args);
    return start.output();
  };
  const browser = launched.value;
  const page = await browser.newPage({ viewport });
  return { base: `http://127.0.0.1:${port}`, browser, page, dataDir, restart, stop };
}

/**
 * The product in Chromium for the calling file: started before its first test (within the browser
 * project's hook timeout: a real `npm start` at load 16 took over 120 s), handed to `onStarted`,
 * and stopped after its last test.
 */
export function startProductForFile(
  viewport: ViewportSize,
  onStarted: (product: TProductInBrowser) => void,
): void {
  let product: TProductInBrowser | undefined;
  beforeAll(async () => {
    product = await startProductInBrowser(viewport);
    onStarted(product);
  });
  afterAll(() => product?.stop(), 30_000);
}

/** The viewports the tests use: a common phone and a common laptop. */
export const phone = { width: 390, height: 844 };
export const desktop = { width: 1366, height: 768 };

/** The year `npm start`'s demo data opens: the seed agency's current year (WITA). */
export const openYear = Number(localDate(new Date().toISOString(), 'Asia/Makassar').slice(0, 4));

// Every run keeps its screenshots as artifacts; UPDATE_SCREENSHOTS=1 also refreshes the README's.
const screenshots = resolve(
  import.meta.dirname,
  process.env.UPDATE_SCREENSHOTS === '1' ? '../../docs/screenshots' : '../../test-results/screenshots',
);

/** Where a screenshot of that name goes (test-results/screenshots, or docs/screenshots when updating). */
export function screenshotFile(name: string): string {
  mkdirSync(screenshots, { recursive: true });
  return `${screenshots}/${name}.png`;
}

/** Where the running test fails, keeps the whole page as test-results/<name>-failed.png. */
export function screenshotOnFailure(page: Page, name: string): void {
  onTestFailed(() =>
    page.screenshot({ path: `test-results/${name}-failed.png`, fullPage: true }).then(() => undefined),
  );
}

/** Saves a screenshot of a main screen. */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: screenshotFile(name), fullPage });
}

/** The typed API client of the running server, signed in as a seeded user (for steps the test does not click). */
export async function apiAs(base: string, userId: string) {
  const signedIn = await hc<AppType>(base).api.dev['sign-in'].$post({ json: { userId } });
  if (signedIn.status !== 200) throw new Error(`sign-in as ${userId}: ${signedIn.status}`);
  const { token } = await signedIn.json();
  return hc<AppType>(base, { headers: { authorization: `Bearer ${token}` } }).api;
}

/** The header's sign-out button, also where a phone's folded menu hides it until opened. */
export const signOutButton = (page: Page) =>
  page.getByRole('button', { name: /^(Keluar|Sign out)$/, includeHidden: true });

/** Signs the current user out, opening the header's menu first where a phone folds it. */
export async function signOut(page: Page): Promise<void> {
  const menu = page.getByRole('button', { name: 'Menu' });
  if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) === 'false') await menu.click();
  await signOutButton(page).click();
}

/** Opens the development sign-in page, signing the current user out first. */
async function openSignIn(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/`);
  // Either the sign-in list or the signed-in shell, once the stored session has been checked.
  await page.locator('.user-list, .app-header').first().waitFor();
  if (await page.locator('.app-header').isVisible()) await signOut(page);
}

/** Signs in through the development sign-in page's list of seeded people. */
export async function signInAs(page: Page, base: string, userId: string): Promise<void> {
  await openSignIn(page, base);
  await page.locator(`[data-user-id="${userId}"]`).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await signOutButton(page).waitFor({ state: 'attached' });
}

/** Signs in as a person the sign-in list does not show (a new agency's): by their id. */
export async function signInByIdAs(page: Page, base: string, userId: string): Promise<void> {
  await openSignIn(page, base);
  await page.locator('#other-user-id').fill(userId);
  await page.getByRole('button', { name: 'Masuk sebagai' }).click();
  await signOutButton(page).waitFor({ state: 'attached' });
}

/** An element by its id, which may hold dots ("f-indicators.x.value"). */
export const byId = (page: Page, id: string) => page.locator(`[id="${id}"]`);
