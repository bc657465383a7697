import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { hc } from 'hono/client';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { AppType } from '../../functions/api/app.js';
import { findChromium } from '../support/chromium.js';

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

// Every run keeps its screenshots as artifacts; UPDATE_SCREENSHOTS=1 also refreshes the README's.
const screenshots = resolve(
  import.meta.dirname,
  process.env.UPDATE_SCREENSHOTS === '1' ? '../../docs/screenshots' : '../../test-results/screenshots',
);

/** Saves a screenshot of a main screen (test-results/screenshots, or docs/screenshots when updating). */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: `${screenshots}/${name}.png`, fullPage });
}

/** The typed API client of the running server, signed in as a seeded user (for steps the test does not click). */
export async function apiAs(base: string, userId: string) {
  const signedIn = await hc<AppType>(base).api.dev['sign-in'].$post({ json: { userId } });
  if (signedIn.status !== 200) throw new Error(`sign-in as ${userId}: ${signedIn.status}`);
  const { token } = await signedIn.json();
  return hc<AppType>(base, { headers: { authorization: `Bearer ${token}` } }).api;
}

/** Signs in through the development sign-in page, signing the current user out first. */
export async function signInAs(page: Page, base: string, userId: string): Promise<void> {
  await page.goto(`${base}/`);
  // Either the sign-in list or the signed-in shell, once the stored session has been checked.
  await page.locator('.user-list, .app-header').first().waitFor();
  const signOut = page.getByRole('button', { name: /^(Keluar|Sign out)$/ });
  if (await signOut.isVisible()) await signOut.click();
  await page.locator(`[data-user-id="${userId}"]`).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByRole('button', { name: /^(Keluar|Sign out)$/ }).waitFor();
}

/** An element by its id, which may hold dots ("f-indicators.x.value"). */
export const byId = (page: Page, id: string) => page.locator(`[id="${id}"]`);
