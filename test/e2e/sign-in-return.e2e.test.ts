import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { webPaths } from '../../shared/web-paths.js';
import {
  openYear,
  phone,
  screenshotOnFailure,
  signInAs,
  signOut,
  startProductForFile,
} from './e2e-support.js';
import { sidewaysOverflow } from './phone-support.js';

let page: Page;
let base: string;
// A phone: the header folds sign-out under Menu, as on the office's shared tablet.
startProductForFile(phone, (product) => ({ page, base } = product));

/** Dinas Sosial's settings: the planner's page, which a planner of another agency may not read. */
const leftPage = `${webPaths.dashboard('dinsos-hss', openYear)}/settings`;
/** Where the example DPUPR's planner starts: their own agency's home. */
const otherHome = webPaths.dashboard('contoh-dpupr', openYear);
const pathOf = (page: Page) => {
  const url = new URL(page.url());
  return url.pathname + url.search;
};

/** Signs in as `userId` on the sign-in the tab shows now, without going anywhere first. */
async function signInHere(userId: string): Promise<void> {
  await page.locator('#other-user-id').fill(userId);
  await page.getByRole('button', { name: 'Masuk sebagai' }).click();
  await page.locator('.app-header').waitFor();
}

/** The planner's session ends on their settings page, the tab left open at it. */
async function plannerLeaves(end: 'signOut' | 'expiry' | 'expiryOnReload'): Promise<void> {
  await signInAs(page, base, 'perencana');
  await page.goto(`${base}${leftPage}`);
  await page.getByRole('heading', { name: 'Pengaturan', level: 1 }).waitFor();
  if (end === 'signOut') await signOut(page);
  else {
    // The API no longer takes the token (its hour is up).
    await page.evaluate(() => sessionStorage.setItem('capaian.token', 'expired'));
    if (end === 'expiryOnReload') await page.reload();
    // The next read the page makes is refused.
    else await page.getByRole('link', { name: 'Riwayat orang, unit dan pengaturan' }).click();
  }
  await page.locator('.user-list').waitFor();
}

describe('signing in on a tab someone left open', () => {
  it('takes another person to their own home, not to the page the last one left', async () => {
    screenshotOnFailure(page, 'sign-in-return');
    await plannerLeaves('signOut');
    expect(pathOf(page)).toBe(leftPage);
    await signInHere('perencana-dpupr');
    await page.waitForURL(`${base}${otherHome}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByText('Anda tidak berwenang melakukan ini').count()).toBe(0);
    expect(await sidewaysOverflow(page)).toEqual([]);
  });

  it('brings the same person back to where their session ran out', async () => {
    screenshotOnFailure(page, 'sign-in-return-same');
    await plannerLeaves('expiry');
    const where = pathOf(page);
    expect(where).toContain('/history');
    await page.getByText('Sesi Anda telah berakhir').waitFor();
    await signInHere('perencana');
    expect(pathOf(page)).toBe(where);
    await page.getByRole('heading', { name: /^Riwayat/, level: 1 }).waitFor();
  });

  it('tells them apart however the session ended: a reload after it ran out too', async () => {
    await plannerLeaves('expiryOnReload');
    expect(pathOf(page)).toBe(leftPage);
    await signInHere('perencana-dpupr');
    await page.waitForURL(`${base}${otherHome}`);

    await plannerLeaves('expiryOnReload');
    await signInHere('perencana');
    expect(pathOf(page)).toBe(leftPage);
    await page.getByRole('heading', { name: 'Pengaturan', level: 1 }).waitFor();
  });

  it('keeps a page opened since, as a link sent to the one who signs in', async () => {
    await plannerLeaves('signOut');
    // Another person opens a link on the same tab: that page is theirs to sign in to.
    const linked = webPaths.agreement('contoh-dpupr', openYear);
    await page.goto(`${base}${linked}`);
    await page.locator('.user-list').waitFor();
    await signInHere('perencana-dpupr');
    expect(pathOf(page)).toBe(linked);
  });
});
