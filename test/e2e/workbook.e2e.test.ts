import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../shared/calc/format.js';
import { webPaths } from '../../shared/web-paths.js';
import { handMadeXlsx2019 } from '../support/hand-made-workbook.js';
import { columnsOf } from '../support/xlsx-columns.js';
import {
  apiAs,
  byId,
  desktop,
  openYear,
  phone,
  screenshot,
  signInAs,
  startProductForFile,
} from './e2e-support.js';
import { openScreen, sidewaysOverflow } from './phone-support.js';

// The demo data opens the agency's current year beside the signed-off 2019.
const year = openYear;
const agencyId = 'dinsos-hss';
const unitId = 'pemberdayaan-sosial';

let page: Page;
let base: string;
startProductForFile(phone, (product) => ({ page, base } = product));

/** The planner's card on the sign-off screen that takes in the whole quarter. */
const wholeQuarter = 'Isi seluruh triwulan dari lembar kerja';

/** The card of a screen by its heading. */
const card = (heading: string) =>
  page.locator('section.card', { has: page.getByRole('heading', { name: heading }) });

/** A downloaded XLSX's first sheet as exceljs opens it. */
async function downloadedSheet(download: Download): Promise<ExcelJS.Worksheet> {
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(readFileSync(await download.path())).buffer);
  return workbook.worksheets[0] ?? expect.fail('no sheet');
}

/**
 * The downloaded entry sheet filled as in Excel: every indicator on its target, a quarter of each
 * activity's alokasi spent, typed as numbers; `slip` types the first one the English way ('1.5').
 */
async function filledOnTarget(sheet: ExcelJS.Worksheet, slip = false): Promise<string> {
  const column = columnsOf(sheet);
  const [target, realisation, measure] = [
    column('Target triwulan / alokasi'),
    column('Realisasi'),
    column('Satuan'),
  ];
  sheet.eachRow((row, r) => {
    if (r === 1) return;
    const planned = Number(row.getCell(target).value);
    row.getCell(realisation).value = row.getCell(measure).value === 'Rp' ? Math.floor(planned / 4) : planned;
  });
  // Excel keeps '1.5' typed on an Indonesian Windows as text.
  if (slip) sheet.getCell(2, realisation).value = '1.5';
  const path = join(tmpdir(), `isian-${Date.now()}.xlsx`);
  writeFileSync(path, new Uint8Array(await sheet.workbook.xlsx.writeBuffer()));
  return path;
}

/** The planner, signed in on TW1's sign-off screen, downloads the entry sheet of all units. */
async function plannersSheet(): Promise<ExcelJS.Worksheet> {
  await signInAs(page, base, 'perencana');
  await openScreen(page, `${base}${webPaths.quarter(agencyId, year, 1)}`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    card(wholeQuarter).getByRole('button', { name: 'Unduh lembar isian semua unit' }).click(),
  ]);
  return downloadedSheet(download);
}

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
    const sheet = await downloadedSheet(download);
    const column = columnsOf(sheet);
    expect(sheet.rowCount).toBeGreaterThan(4);

    await uploadIn('Isi dari lembar kerja', await filledOnTarget(sheet, true), 'Isi draf');
    await expect
      .poll(() => card('Isi dari lembar kerja').innerText(), { timeout: 30_000 })
      .toMatch(/Lembar '.*', baris 2, kolom F: '1\.5' — gunakan koma untuk desimal/);
    const api = await apiAs(base, 'kabid-pemberdayaan');
    const param = { agencyId, year: String(year), quarter: '1', unitId };
    const before = await (
      await api.agencies[':agencyId'].years[':year'].quarters[':quarter'].parts[':unitId'].$get({ param })
    ).json();
    expect(before.part.revision).toBe(1);

    await uploadIn('Isi dari lembar kerja', await filledOnTarget(sheet), 'Isi draf');
    // A count the form shows in its realisation field (a ratio shows its parts instead).
    const counted =
      sheet.getRows(2, sheet.rowCount - 1)?.find((row) => row.getCell(column('Satuan')).value === 'Orang') ??
      expect.fail('no count on the sheet');
    const code = String(counted.getCell(column('Kode')).value);
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
    const { version } = await (
      await api.agencies[':agencyId'].years[':year'].agreement.$get({
        param: { agencyId, year: String(year) },
      })
    ).json();
    const indicator = [
      ...(version?.agreement.objectives ?? []),
      ...(version?.agreement.programs ?? []),
      ...(version?.agreement.activities ?? []),
    ]
      .flatMap((owner) => owner.indicators)
      .find((i) => i.code === code);
    await expect
      .poll(() => byId(page, `f-indicators.${indicator?.id}.value`).inputValue(), { timeout: 30_000 })
      .toBe(formatNumber(Number(counted.getCell(column('Realisasi')).value), { locale: 'id' }));
    expect(await sidewaysOverflow(page)).toEqual([]);
    await card('Isi dari lembar kerja').scrollIntoViewIfNeeded();
    await screenshot(page, 'phone-fill-from-sheet');
  }, 180_000);

  it("the planner takes in the whole quarter for every unit from one workbook on a phone: checked per unit first, then the drafts filled in the planner's name, none submitted", async () => {
    const title = wholeQuarter;
    const sheet = await plannersSheet();
    const unitColumn = columnsOf(sheet)('Unit kerja');
    const unitsOnSheet = new Set(sheet.getColumn(unitColumn).values.slice(2).map(String));
    expect(unitsOnSheet.size).toBe(4);

    await uploadIn(title, await filledOnTarget(sheet), 'Periksa');
    await card(title).getByText('Tidak ada masalah.', { exact: false }).waitFor({ timeout: 60_000 });
    const units = card(title).locator('details.unit-fill');
    expect(await units.count()).toBe(4);
    await units.first().locator('summary').click();
    expect(await units.first().locator('summary').innerText()).toMatch(/baris diisi, \d+ berubah/);
    // On a phone the rows stack, each cell labelled by its column (the header row is hidden).
    expect(await units.first().locator('td[data-label="Dari lembar kerja"]').first().innerText()).toMatch(
      /\d/,
    );
    expect(await sidewaysOverflow(page)).toEqual([]);
    await units.first().scrollIntoViewIfNeeded();
    await screenshot(page, 'phone-quarter-workbook');

    await card(title).getByRole('button', { name: 'Isi draf 4 unit' }).click();
    await card(title).getByText('Draf 4 unit diisi.', { exact: false }).waitFor({ timeout: 60_000 });
    const api = await apiAs(base, 'perencana');
    const param = { agencyId, year: String(year), quarter: '1' };
    const { events } = await (
      await api.agencies[':agencyId'].years[':year'].quarters[':quarter'].audit.$get({ query: {}, param })
    ).json();
    const filled = events.filter((e) => e.action === 'fillFromWorkbook' && e.actorId === 'perencana');
    expect(filled).toHaveLength(4);
    const { quarters } = await (
      await api.agencies[':agencyId'].years[':year'].quarters.$get({
        param: { agencyId, year: String(year) },
      })
    ).json();
    const states = quarters.find((q) => q.quarter === 1)?.parts.map((part) => part.state);
    expect(states).toEqual(['draft', 'draft', 'draft', 'draft']);
  }, 240_000);

  it("a refused second file clears the planner's earlier check of the whole quarter, its fill button and its filled note, on a phone", async () => {
    const title = wholeQuarter;
    const filled = await filledOnTarget(await plannersSheet());
    // A workbook cut short: no more than the end of an empty zip.
    const refused = join(tmpdir(), `isian-rusak-${Date.now()}.xlsx`);
    writeFileSync(refused, Buffer.from('PK\u0005\u0006'.padEnd(22, '\u0000'), 'latin1'));
    const refusal = async () =>
      expect
        .poll(() => card(title).textContent(), { timeout: 30_000 })
        .toMatch(/Berkas Excel ini rusak atau tidak lengkap/);
    const fillButton = card(title).getByRole('button', { name: /^Isi draf \d+ unit$/ });

    await uploadIn(title, filled, 'Periksa');
    await fillButton.waitFor({ timeout: 60_000 });
    await uploadIn(title, refused, 'Periksa');
    await refusal();
    // Nothing of the first file is left to fill from.
    expect(await card(title).locator('details.unit-fill').count()).toBe(0);
    expect(await fillButton.count()).toBe(0);
    expect(await card(title).getByText('Tidak ada masalah.', { exact: false }).count()).toBe(0);
    expect(await sidewaysOverflow(page)).toEqual([]);
    await card(title).scrollIntoViewIfNeeded();
    await screenshot(page, 'phone-quarter-workbook-refused');

    // Filled from the first file, then a refused one: the note of the fill goes with the new file.
    await uploadIn(title, filled, 'Periksa');
    await fillButton.click({ timeout: 60_000 });
    await card(title).getByText('Draf 4 unit diisi.', { exact: false }).waitFor({ timeout: 60_000 });
    await uploadIn(title, refused, 'Periksa');
    await refusal();
    expect(await card(title).getByText('Draf 4 unit diisi.', { exact: false }).count()).toBe(0);
  }, 240_000);

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
    const [findings] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Unduh hasil (Excel)' }).click(),
    ]);
    expect((await downloadedSheet(findings)).rowCount).toBe(71);
    await page.setViewportSize(desktop);
    await page
      .getByRole('heading', { name: '70 angka berbeda dari hasil hitungan.' })
      .scrollIntoViewIfNeeded();
    await screenshot(page, 'checker');
    await page.setViewportSize(phone);
  }, 180_000);

  it("a refused second file clears the checker's earlier findings, on a phone", async () => {
    await signInAs(page, base, 'inspektorat');
    await openScreen(page, `${base}/agencies/${agencyId}/years/${year}/checker`);
    const name = `LKj-2019-${Date.now()}.xlsx`;
    writeFileSync(join(tmpdir(), name), await handMadeXlsx2019());
    await uploadIn('Unggah tabel', join(tmpdir(), name), 'Periksa');
    await page.getByRole('heading', { name: '70 angka berbeda dari hasil hitungan.' }).waitFor();
    // A workbook cut short: no more than the end of an empty zip.
    const refused = join(tmpdir(), `LKj-2020-${Date.now()}.xlsx`);
    writeFileSync(refused, Buffer.from('PK\u0005\u0006'.padEnd(22, '\u0000'), 'latin1'));
    await uploadIn(name, refused, 'Periksa');
    await expect
      .poll(() => card('Unggah tabel').textContent(), { timeout: 30_000 })
      .toMatch(/Berkas Excel ini rusak atau tidak lengkap/);
    expect(await page.getByRole('heading', { name }).count()).toBe(0);
    expect(await page.locator('table.findings-table').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Unduh hasil (Excel)' }).count()).toBe(0);
    expect(await page.getByText('70 angka berbeda dari hasil hitungan.').count()).toBe(0);
    expect(await sidewaysOverflow(page)).toEqual([]);
  }, 120_000);
});
