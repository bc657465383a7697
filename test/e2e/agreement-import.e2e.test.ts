import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { localDate } from '../../shared/reminders/local-day.js';
import { freshDinsos } from '../support/new-agency.js';
import { apiAs, screenshot, startProductInBrowser, type TProductInBrowser } from './e2e-support.js';

const phone = { width: 390, height: 844 };
const year = Number(localDate(new Date().toISOString(), 'Asia/Makassar').slice(0, 4));

let product: TProductInBrowser;
let page: Page;
let base: string;

beforeAll(async () => {
  product = await startProductInBrowser(phone);
  ({ page, base } = product);
});
afterAll(() => product?.stop(), 30_000);

/** The seed agency's agreement of the year as its planner downloads the template. */
async function seedTemplate(): Promise<Uint8Array> {
  const api = await apiAs(base, 'perencana');
  const answer = await api.agencies[':agencyId'].years[':year'].agreement.template.$get({
    param: { agencyId: 'dinsos-hss', year: String(year) },
  });
  const { url } = await answer.json();
  return new Uint8Array(await (await fetch(url)).arrayBuffer());
}

/** The workbook with the first activity's TW2 target typed the English way ("1.5"). */
async function withSlip(bytes: Uint8Array): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  const sheet = workbook.getWorksheet('Kegiatan') ?? expect.fail('no Kegiatan sheet');
  sheet.getCell('N2').value = '1.5';
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * The agreement as the agency would lay it out by hand: the activities' budget headed "Dana (Rp)"
 * (no word the reader knows) and the quarters "TW I"–"TW IV", so the import asks which column is
 * which before it checks anything.
 */
async function laidOutByHand(bytes: Uint8Array): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  const headers = (workbook.getWorksheet('Kegiatan') ?? expect.fail('no Kegiatan sheet')).getRow(1);
  headers.eachCell((cell) => {
    const renamed: Record<string, string> = {
      'Anggaran (Rp)': 'Dana (Rp)',
      TW1: 'TW I',
      TW2: 'TW II',
      TW3: 'TW III',
      TW4: 'TW IV',
    };
    cell.value = renamed[String(cell.value)] ?? cell.value;
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Signs in as a person of the new agency, whom the sign-in list does not show: by their id. */
async function signInByIdAs(userId: string): Promise<void> {
  await page.goto(`${base}/`);
  await page.locator('.user-list, .app-header').first().waitFor();
  const signOut = page.getByRole('button', { name: 'Keluar' });
  if (await signOut.isVisible()) await signOut.click();
  await page.locator('#other-user-id').fill(userId);
  await page.getByRole('button', { name: 'Masuk sebagai' }).click();
  await page.getByRole('button', { name: 'Keluar' }).waitFor();
}

const fitsThePhone = async () =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);

async function chooseAndCheck(name: string, bytes: Uint8Array) {
  await page.getByLabel(/^(Berkas|File)$/).setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(bytes),
  });
  await page.getByRole('button', { name: /^(Unggah dan periksa|Upload and check)$/ }).click();
}

describe('the agreement from a workbook, in the browser', () => {
  it('at 390 px: a planner of a new agency imports the seed agreement, sees the one problem reported, maps a layout made by hand (one column chosen by hand), and the head signs it', async () => {
    onTestFailed(() =>
      page
        .screenshot({ path: 'test-results/agreement-import-failed.png', fullPage: true })
        .then(() => undefined),
    );
    const admin = await apiAs(base, 'admin-bappeda');
    const created = await admin.regions[':regionId'].agencies.$post({
      param: { regionId: 'kab-hss' },
      json: freshDinsos,
    });
    expect(created.status).toBe(201);
    const template = await seedTemplate();

    await signInByIdAs(freshDinsos.planner.id);
    await page.goto(`${base}/agencies/${freshDinsos.id}/years/${year}/agreement`);
    const card = page.getByRole('region', { name: 'Impor dari Excel' });
    await card.waitFor();
    await expect.poll(() => card.textContent()).toContain('maksimal 5 MB dan 10.000 baris');

    await chooseAndCheck('PK dengan salah ketik.xlsx', await withSlip(template));
    const problem = card.getByRole('listitem');
    await problem.first().waitFor();
    expect(await problem.allTextContents()).toEqual([
      "Lembar 'Kegiatan', baris 2, kolom TW2: '1.5' — gunakan koma untuk desimal (mis. 1,5) dan titik untuk ribuan",
    ]);
    expect(await card.getByRole('button', { name: /^Buat draf/ }).count()).toBe(0);
    await fitsThePhone();

    // Laid out by hand and uploaded again: which column is which first, the budget chosen by hand.
    await chooseAndCheck('PK Dinas Sosial.xlsx', await laidOutByHand(template));
    const mapping = card.getByRole('group', { name: /^Kegiatan: lembar 'Kegiatan'/ });
    const budget = mapping.getByLabel(/^Anggaran/);
    await budget.waitFor();
    expect(await budget.inputValue()).toBe('');
    expect(await mapping.getByLabel('TW II (wajib)', { exact: true }).inputValue()).toBe('N');
    await expect.poll(() => mapping.textContent()).toContain('Kolom yang belum dipakai: E · Dana (Rp)');
    await fitsThePhone();
    await budget.selectOption('E');
    await budget.scrollIntoViewIfNeeded();
    await screenshot(page, 'agreement-import-mapping');
    await card.getByRole('button', { name: 'Gunakan pemetaan ini dan periksa' }).click();

    const preview = card.getByText(/^Pratinjau: \d+ dibuat, 0 diubah, 0 dihapus$/);
    await preview.waitFor();
    await fitsThePhone();
    const create = card.getByRole('button', { name: 'Buat draf PK Murni' });
    await create.scrollIntoViewIfNeeded();
    await screenshot(page, 'agreement-import-preview');
    await create.click();

    await page.waitForURL(/\/agreement\?version=1$/);
    await page.getByRole('button', { name: 'Ajukan untuk ditandatangani' }).click();
    await page.getByRole('button', { name: 'Tarik kembali' }).waitFor();

    await signInByIdAs(freshDinsos.head.id);
    await page.goto(`${base}/agencies/${freshDinsos.id}/years/${year}/agreement`);
    await page.getByRole('button', { name: 'Tanda tangani' }).click();
    await page.getByText('berlaku', { exact: true }).first().waitFor();
    await fitsThePhone();
  }, 150_000);

  it('on a desktop in English, the planner is offered the import of a revision (PK Perubahan)', async () => {
    onTestFailed(() =>
      page
        .screenshot({ path: 'test-results/agreement-import-en-failed.png', fullPage: true })
        .then(() => undefined),
    );
    await page.setViewportSize({ width: 1366, height: 768 });
    await signInByIdAs(freshDinsos.planner.id);
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.goto(`${base}/agencies/${freshDinsos.id}/years/${year}/agreement`);
    const card = page.getByRole('region', { name: 'Import from Excel' });
    await card.waitFor();
    await expect.poll(() => card.textContent()).toContain('at most 5 MB and 10,000 rows');

    // A template the API cannot write says so beneath its button.
    const failing = '**/agreement/template';
    await page.route(failing, (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({
          error: { code: 'UNAVAILABLE', message: 'The workbook service is busy.', issues: [], details: {} },
        }),
      }),
    );
    await card.getByRole('button', { name: 'Download the template (.xlsx)' }).click();
    await card.getByRole('alert').getByText('The workbook service is busy.').waitFor();
    await page.unroute(failing);

    await chooseAndCheck('PK.xlsx', await seedTemplate());
    await card.getByText('The same as the version in force: nothing changes.').waitFor();
    await card.getByRole('button', { name: 'Create the Revision (Perubahan) draft' }).waitFor();
  }, 60_000);
});
