import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

/** Debian's chromium, as .ci/run installs it; the wrapper in /usr/bin prints a shell warning. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
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

/** A JSON client for the running server, signed in as a seeded user (for steps the test does not click). */
export async function apiAs(base: string, userId: string) {
  const signIn = await fetch(`${base}/api/dev/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId }),
  });
  const { token } = (await signIn.json()) as { token: string };
  // biome-ignore lint/suspicious/noExplicitAny: the test asserts on the JSON it reads; typing it adds nothing.
  return async (method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  };
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
