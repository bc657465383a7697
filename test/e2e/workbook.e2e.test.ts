import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../../shared/reminders/local-day.js';
import { webPaths } from '../../shared/web-paths.js';
import { csvRows } from '../../shared/workbook/csv.js';
import { writeCsv } from '../../shared/workbook/write-csv.js';
import { handMadeXlsx2019 } from '../support/hand-made-workbook.js';
import {
  apiAs,
  byId,
  screenshot,
  signInAs,
  startProductInBrowser,
  type TProductInBrowser,
} from './e2e-support.js';
import { openScreen, sidewaysOverflow } from './phone-support.js';

// The demo data opens the agency's current year (WITA) beside the signed-off 2019.
const year = Number(localDate(new Date().toISOString(), 'Asia/Makassar').slice(0, 4));
const agencyId = 'dinsos-hss';
const unitId = 'pemberdayaan-sosial';
const phone = { width: 390, height: 844 };
const desktop = { width: 1366, height: 768 };

let product: TProductInBrowser;
let page: Page;
let base: string;

beforeAll(async () => {
  product = await startProductInBrowser(phone);
  ({ page, base } = product);
}, 240_000);
afterAll(() => product?.stop(), 30_000);

/** The card of a screen by its heading. */
const card = (heading: string) =>
  page.locator('section.card', { has: page.getByRole('heading', { name: heading }) });

/** Chooses a file in a card's upload and presses its button. */
async function uploadIn(heading: string, path: string, button: string) {
  await card(heading).locator('input[type=file]').setInputFiles(path);
  await card(heading).getByRole('button', { name: button }).click();
}

describe('spreadsheets in', () => {
  it('a division head fills a quarter from the entry sheet on a phone: a bad cell is named, the fixed sheet fills the draft, nothing is submitted', async () => {
    await signInAs(page, base, 'kabid-pemberdayaan');
    await openScreen(page, `${base}${webPaths.part(agencyId, year, 1, unitId)}`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card('Isi dari lembar kerja').getByRole('button', { name: 'Unduh lembar isian' }).click(),
    ]);
    const [header = [], ...rows] = csvRows(readFileSync(await download.path(), 'utf8'));
    const [target, realisation] = [header.indexOf('Target triwulan / alokasi'), header.indexOf('Realisasi')];
    expect(rows.length).toBeGreaterThan(3);
    // Every indicator on its target, a quarter of each activity's alokasi spent; then one slip.
    const filled = rows.map((row) => {
      const value =
        row[3] === 'Rp' ? String(Math.floor(Number(row[target]?.replaceAll('.', '')) / 4)) : row[target];
      return row.map((cell, c) => (c === realisation ? (value ?? '') : cell));
    });
    const slip = filled.map((row, r) =>
      r === 0 ? row.map((cell, c) => (c === realisation ? '1.5' : cell)) : row,
    );
    const file = (rowsOfFile: string[][]) => {
      const path = join(tmpdir(), `isian-tw1-${Date.now()}.csv`);
      writeFileSync(path, writeCsv(header, rowsOfFile, 'id'));
      return path;
    };

    await uploadIn('Isi dari lembar kerja', file(slip), 'Isi draf');
    await expect
      .poll(() => card('Isi dari lembar kerja').innerText(), { timeout: 30_000 })
      .toMatch(/Lembar '.*', baris 2, kolom F: '1\.5' — gunakan koma untuk desimal/);
    const api = await apiAs(base, 'kabid-pemberdayaan');
    const param = { agencyId, year: String(year), quarter: '1', unitId };
    const before = await (
      await api.agencies[':agencyId'].years[':year'].quarters[':quarter'].parts[':unitId'].$get({ param })
    ).json();
    expect(before.part.revision).toBe(1);

    await uploadIn('Isi dari lembar kerja', file(filled), 'Isi draf');
    // A count the form shows in its realisation field (a ratio shows its parts instead).
    const counted = filled.find((row) => row[3] === 'Orang') ?? expect.fail('no count on the sheet');
    const code = counted[1];
    await expect
      .poll(
        async () => {
          const now = await (
            await api.agencies[':agencyId'].years[':year'].quarters[':quarter'].parts[':unitId'].$get({
              param,
            })
          ).json();
          return now.part;
        },
        { timeout: 30_000 },
      )
      .toMatchObject({ state: 'draft', revision: 2 });
    const { versions } = await (
      await api.agencies[':agencyId'].years[':year'].agreement.$get({
        param: { agencyId, year: String(year) },
      })
    ).json();
    const indicator = [
      ...(versions[0]?.agreement.objectives ?? []),
      ...(versions[0]?.agreement.programs ?? []),
      ...(versions[0]?.agreement.activities ?? []),
    ]
      .flatMap((owner) => owner.indicators)
      .find((i) => i.code === code);
    await expect
      .poll(() => byId(page, `f-indicators.${indicator?.id}.value`).inputValue(), { timeout: 30_000 })
      .toBe(counted[realisation]);
    expect(await sidewaysOverflow(page)).toEqual([]);
    await card('Isi dari lembar kerja').scrollIntoViewIfNeeded();
    await screenshot(page, 'phone-fill-from-sheet');
  }, 180_000);

  it('the Inspektorat checks the seed report typed in Excel: each slip where it stands, on a phone and a desktop', async () => {
    await signInAs(page, base, 'inspektorat');
    await openScreen(page, `${base}/agencies/${agencyId}/years/${year}/checker`);
    const path = join(tmpdir(), `LKj-2019-${Date.now()}.xlsx`);
    writeFileSync(path, await handMadeXlsx2019());
    await uploadIn('Unggah tabel', path, 'Periksa');
    await page.getByRole('heading', { name: '70 angka berbeda dari hasil hitungan.' }).waitFor();
    const table = page.locator('table.findings-table');
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 30_000 }).toBe(70);
    expect(await table.locator('tbody tr', { hasText: 'Tabel 2 · Q9' }).innerText()).toMatch(
      /95[\s\S]*185,00 %[\s\S]*92,50 %/,
    );
    expect(await sidewaysOverflow(page)).toEqual([]);
    await screenshot(page, 'phone-checker');
    await page.setViewportSize(desktop);
    await page
      .getByRole('heading', { name: '70 angka berbeda dari hasil hitungan.' })
      .scrollIntoViewIfNeeded();
    await screenshot(page, 'checker');
    await page.setViewportSize(phone);
  }, 180_000);
});
