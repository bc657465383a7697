import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { xlsxOfModels } from '../../functions/workbook/write-xlsx.js';
import { agreementTemplate } from '../../shared/agreement-workbook/agreement-template.js';
import { formatRupiah } from '../../shared/calc/format.js';
import { agreement2019Murni } from '../../shared/seed/hss-2019.js';
import { seedUnits } from '../../shared/seed/organisation.js';
import { largeAgreement, regionLargestShape } from '../support/large-agreement.js';
import { freshDinsos } from '../support/new-agency.js';
import { seedPkTableXlsx } from '../support/seed-pk-table-xlsx.js';
import {
  apiAs,
  desktop,
  openYear,
  phone,
  screenshot,
  screenshotOnFailure,
  signInAs,
  signInByIdAs,
  startProductForFile,
} from './e2e-support.js';
import { sidewaysOverflow } from './phone-support.js';

const year = openYear;

let page: Page;
let base: string;
startProductForFile(phone, (product) => ({ page, base } = product));

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

const fitsThePhone = async () => expect(await sidewaysOverflow(page)).toEqual([]);

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
    screenshotOnFailure(page, 'agreement-import');
    const admin = await apiAs(base, 'admin-bappeda');
    const created = await admin.regions[':regionId'].agencies.$post({
      param: { regionId: 'kab-hss' },
      json: freshDinsos,
    });
    expect(created.status).toBe(201);
    const template = await seedTemplate();

    await signInByIdAs(page, base, freshDinsos.planner.id);
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
    // Chosen for the budget, the column is no longer listed as left over.
    await expect.poll(() => mapping.getByText(/^Kolom yang belum dipakai/).count()).toBe(0);
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

    await signInByIdAs(page, base, freshDinsos.head.id);
    await page.goto(`${base}/agencies/${freshDinsos.id}/years/${year}/agreement`);
    await page.getByRole('button', { name: 'Tanda tangani' }).click();
    await page.getByText('berlaku', { exact: true }).first().waitFor();
    await fitsThePhone();
  }, 150_000);

  it("at 390 px: the same planner imports the seed's 2019 PK table as the agency typed it, choosing each sheet's unit and confirming the highlighted defaults, and the head signs it", async () => {
    screenshotOnFailure(page, 'agreement-import-pk-table');
    const { objectives, programs, activities } = agreement2019Murni;
    const indicators = [objectives, programs, activities].flat().flatMap((owner) => owner.indicators);
    await signInByIdAs(page, base, freshDinsos.planner.id);
    await page.goto(`${base}/agencies/${freshDinsos.id}/years/2019/agreement`);
    const card = page.getByRole('region', { name: 'Impor dari Excel' });
    await card.waitFor();
    await chooseAndCheck('PK 2019 Dinas Sosial.xlsx', await seedPkTableXlsx());

    // The mapping step reads each sheet's header two rows deep; the table has no column for the
    // unit, so the planner chooses one per sheet.
    const sheet = (name: string) =>
      card.getByRole('group', { name: `${name}: lembar '${name}', judul kolom di baris 4` });
    const sheetUnits = [
      ['Sasaran', seedUnits.sekretariat],
      ['Program', seedUnits.pemberdayaan],
      ['Kegiatan', seedUnits.pemberdayaan],
    ] as const;
    for (const [name, unit] of sheetUnits) {
      const group = sheet(name);
      const column = (role: string) => group.getByLabel(role, { exact: true }).inputValue();
      expect([await column('Target'), await column('TW I (wajib)'), await column('TW IV (wajib)')]).toEqual([
        'E',
        'F',
        'I',
      ]);
      await group.getByLabel(/^Unit penanggung jawab seluruh lembar/).selectOption(unit.id);
    }
    const kegiatan = sheet('Kegiatan');
    expect(await kegiatan.getByLabel('Anggaran (wajib)', { exact: true }).inputValue()).toBe('J');
    await fitsThePhone();
    await kegiatan.getByLabel(/^Unit penanggung jawab seluruh lembar/).scrollIntoViewIfNeeded();
    await screenshot(page, 'agreement-pk-table-mapping');
    await card.getByRole('button', { name: 'Gunakan pemetaan ini dan periksa' }).click();

    // No problem; what the table leaves out is proposed from its own figures, each value marked:
    // how each indicator's year adds up and its code are the seed's, each activity's program too.
    const defaults = card.locator('section.import-defaults');
    await defaults.waitFor();
    expect(await card.getByRole('status').first().textContent()).toBe('Tidak ada masalah.');
    const shown = await defaults.locator('tbody tr').evaluateAll((rows) =>
      rows.map((row) => ({
        subject: row.querySelector('th')?.textContent ?? '',
        values: Object.fromEntries(
          [...row.querySelectorAll('li')].map((li) => [
            li.firstChild?.textContent?.replace(/: $/, ''),
            li.querySelector('mark')?.textContent?.split(' ')[0],
          ]),
        ),
      })),
    );
    const words = { sum: 'jumlah', cumulative: 'kumulatif', level: 'tetap' };
    expect(
      shown
        .filter((row) => row.values.Tahunan)
        .map((row) => [row.subject, row.values.Tahunan, row.values['Kode indikator']]),
    ).toEqual(indicators.map((i) => [i.name, words[i.aggregation], i.code]));
    expect(
      shown
        .filter((row) => row.values['Kode program'])
        .map((row) => [row.subject, row.values['Kode program']]),
    ).toEqual(activities.map((a) => [a.name, a.programCode]));
    expect(await defaults.getByRole('heading').textContent()).toBe(
      `Nilai bawaan: ${indicators.length + activities.length} baris memakai nilai yang tidak ada di berkas`,
    );
    const owners = objectives.length + programs.length + activities.length;
    await card.getByText(`Pratinjau: ${owners + indicators.length} dibuat, 0 diubah, 0 dihapus`).waitFor();
    // Refused until the planner has looked at them.
    const create = card.getByRole('button', { name: 'Buat draf PK Murni' });
    expect(await create.isDisabled()).toBe(true);
    await defaults.getByLabel('Nilai bawaan sudah saya periksa dan saya setujui').check();
    await fitsThePhone();
    await defaults.getByRole('heading').evaluate((heading) => heading.scrollIntoView());
    await screenshot(page, 'agreement-pk-table-defaults');
    await create.click();

    // The draft, version 1, with the seed's figures: it goes through submit → sign.
    await page.waitForURL(/\/years\/2019\/agreement\?version=1$/);
    const total = `Jumlah anggaran: ${formatRupiah(activities.reduce((sum, a) => sum + a.budget, 0))}`;
    await page.getByText(total).waitFor();
    await fitsThePhone();
    await page.getByRole('button', { name: 'Ajukan untuk ditandatangani' }).click();
    await page.getByRole('button', { name: 'Tarik kembali' }).waitFor();
    await signInByIdAs(page, base, freshDinsos.head.id);
    await page.goto(`${base}/agencies/${freshDinsos.id}/years/2019/agreement`);
    await page.getByRole('button', { name: 'Tanda tangani' }).click();
    await page.getByText('berlaku', { exact: true }).first().waitFor();
    expect(await page.locator('.version-list').textContent()).toContain('Versi 1 · PK Murni');
    await fitsThePhone();
    const api = await apiAs(base, freshDinsos.head.id);
    const answer = await api.agencies[':agencyId'].years[':year'].agreement.$get({
      param: { agencyId: freshDinsos.id, year: '2019' },
    });
    const { versions, inForce, version } = await answer.json();
    expect(inForce).toBe(1);
    expect(versions.map((v) => [v.version, v.state, v.kind])).toEqual([[1, 'signed', 'murni']]);
    const figures = (owners: { code: string; indicators: typeof indicators }[]) =>
      owners.map(({ code, indicators }) => [code, indicators.map((i) => [i.target, i.quarterTargets])]);
    const signed = version?.agreement ?? expect.fail('no version');
    expect(figures(signed.objectives)).toEqual(figures(objectives));
    expect(figures(signed.programs)).toEqual(figures(programs));
    expect(figures(signed.activities)).toEqual(figures(activities));
    expect(signed.activities.map((a) => a.budget)).toEqual(activities.map((a) => a.budget));
  }, 150_000);

  it("at 390 px: a refused file clears the earlier file's check, its create button and its mapping", async () => {
    screenshotOnFailure(page, 'agreement-import-refused');
    await page.setViewportSize(phone);
    await signInByIdAs(page, base, freshDinsos.planner.id);
    await page.goto(`${base}/agencies/${freshDinsos.id}/years/${year}/agreement`);
    const card = page.getByRole('region', { name: 'Impor dari Excel' });
    await card.waitFor();
    const template = await seedTemplate();
    // A workbook cut short: no more than the end of an empty zip.
    const refused = new Uint8Array(Buffer.from('PK\u0005\u0006'.padEnd(22, '\u0000'), 'latin1'));
    const refusal = () =>
      expect
        .poll(() => card.textContent(), { timeout: 30_000 })
        .toMatch(/Berkas Excel ini rusak atau tidak lengkap/);
    const create = card.getByRole('button', { name: /^Buat draf/ });

    await chooseAndCheck('PK.xlsx', template);
    await create.waitFor({ timeout: 30_000 });
    await chooseAndCheck('PK rusak.xlsx', refused);
    await refusal();
    // Nothing of the first file is left to make the draft from.
    expect(await create.count()).toBe(0);
    expect(await card.getByText(/^Pratinjau:/).count()).toBe(0);
    await fitsThePhone();
    await screenshot(page, 'agreement-import-refused');

    // A layout made by hand waits on its mapping; a refused file after it lets go of that too.
    await chooseAndCheck('PK Dinas Sosial.xlsx', await laidOutByHand(template));
    const mapping = card.getByRole('group', { name: /^Kegiatan: lembar 'Kegiatan'/ });
    await mapping.waitFor({ timeout: 30_000 });
    await chooseAndCheck('PK rusak lagi.xlsx', refused);
    await refusal();
    expect(await mapping.count()).toBe(0);
    expect(await card.getByRole('button', { name: 'Gunakan pemetaan ini dan periksa' }).count()).toBe(0);
  }, 120_000);

  it('on a desktop in English, the planner is offered the import of a revision (PK Perubahan)', async () => {
    screenshotOnFailure(page, 'agreement-import-en');
    await page.setViewportSize(desktop);
    await signInByIdAs(page, base, freshDinsos.planner.id);
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

  it('at 390 px, an agreement too large to store is reported as a whole in either language, no draft offered', async () => {
    screenshotOnFailure(page, 'agreement-import-too-large');
    await page.setViewportSize(phone);
    await signInAs(page, base, 'perencana');
    await page.getByRole('button', { name: 'ID', exact: true }).click();
    const units = Object.values(seedUnits);
    const content = largeAgreement(
      { ...regionLargestShape, letter: '€', tag: 'c' },
      units.map((unit) => unit.id),
    );
    const tooLarge = await xlsxOfModels(agreementTemplate(content, units));
    for (const [language, region, refusal] of [
      [
        'ID',
        'Impor dari Excel',
        /^Perjanjian kinerja terlalu besar untuk disimpan \(.* KB dari paling banyak 300 KB\)/,
      ],
      [
        'EN',
        'Import from Excel',
        /^The performance agreement is too large to store \(.* KB of at most 300 KB\)/,
      ],
    ] as const) {
      await page.goto(`${base}/agencies/dinsos-hss/years/${year}/agreement`);
      await page.getByRole('button', { name: language, exact: true }).click();
      const card = page.getByRole('region', { name: region });
      await chooseAndCheck('PK terlalu besar.xlsx', tooLarge);
      const problem = card.getByRole('listitem');
      await problem.first().waitFor({ timeout: 30_000 });
      expect(await problem.allTextContents()).toEqual([expect.stringMatching(refusal)]);
      expect(await card.getByRole('button', { name: /^(Buat draf|Create the)/ }).count()).toBe(0);
      await fitsThePhone();
    }
  }, 90_000);
});
