import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sheetCells, workbookNumbers } from '../../functions/reports/xlsx/xlsx-read.fixture.js';
import {
  apiAs,
  desktop,
  openYear,
  phone,
  screenshot,
  screenshotOnFailure,
  signInAs,
  signInByIdAs,
  signOutButton,
  startProductForFile,
} from './e2e-support.js';
import { sidewaysOverflow } from './phone-support.js';
import { cellTexts, ownE81, readWorkbook, savePdfPage } from './report-downloads.js';

const year = openYear;

let page: Page;
let base: string;
// The region admin works on a phone here: every screen of the onboarding at 390 px.
startProductForFile(phone, (product) => ({ page, base } = product));

/** Nothing on the screen reaches past the window's right edge: no sideways scrolling of the page. */
const expectFitsTheScreen = async () => expect(await sidewaysOverflow(page)).toEqual([]);

const section = (name: string) => page.getByRole('region', { name });

describe('the region onboards an agency in the browser', () => {
  it('the region admin creates an agency with its units and appoints its head and planner', async () => {
    screenshotOnFailure(page, 'onboarding');
    await signInAs(page, base, 'admin-bappeda');
    // The region's agencies, the examples marked as such, and the way to add one.
    await expect.poll(() => page.locator('.agency-choice').count()).toBeGreaterThanOrEqual(5);
    // The four examples are marked once each, by their names' "(contoh)", not again beside them.
    const names = await page.locator('.agency-choice-name').allTextContents();
    expect(
      names.filter((name) => name.includes('contoh')).map((name) => name.split('contoh').length - 1),
    ).toEqual([1, 1, 1, 1]);
    await expectFitsTheScreen();
    await screenshot(page, 'region-agencies', true);

    await page.getByRole('link', { name: 'Tambah perangkat daerah' }).click();
    // Reloaded mid-form, asked first: what was typed is put back, and cleared on asking.
    await page.getByLabel('Nama singkat').fill('Dinas Perhubungan');
    const asked = page.waitForEvent('dialog', { timeout: 15_000 });
    const reloaded = page.reload();
    const dialog = await asked;
    expect(dialog.type()).toBe('beforeunload');
    await dialog.accept();
    await reloaded;
    await page.getByText('Ketikan Anda yang belum tersimpan dipulihkan.').waitFor();
    expect(await page.getByLabel('Nama singkat').inputValue()).toBe('Dinas Perhubungan');
    await page.getByRole('button', { name: 'Mulai dari kosong' }).click();
    expect(await page.getByLabel('Nama singkat').inputValue()).toBe('');
    await page.getByLabel('Nama lengkap').fill('Dinas Perhubungan Kabupaten Hulu Sungai Selatan');
    // The full name is read whole as it is typed: its field wraps on a phone.
    expect(
      await page
        .getByLabel('Nama lengkap')
        .evaluate((field) => [
          field.scrollWidth - field.clientWidth,
          field.scrollHeight - field.clientHeight,
        ]),
    ).toEqual([0, 0]);
    await page.getByLabel('Nama singkat').fill('Dinas Perhubungan');
    await page.getByLabel('Kode', { exact: true }).fill('dishub-hss');
    const rows = page.locator('.unit-row');
    for (const [index, name] of ['Bidang Lalu Lintas', 'Bidang Angkutan'].entries()) {
      await page.getByRole('button', { name: 'Tambah unit' }).click();
      await rows
        .nth(index + 1)
        .getByLabel('Nama unit')
        .fill(name);
    }
    // Its code follows the name.
    await expect.poll(() => rows.nth(1).getByLabel('Kode unit').inputValue()).toBe('lalu-lintas');
    const head = section('Kepala perangkat daerah');
    await head.getByLabel('Nama dan gelar').fill('Ir. H. Gusti Rahman, M.T.');
    await head.getByLabel('Email').fill('kepala@dishub-hss.example');
    await head.getByLabel('Pangkat').fill('Pembina Tingkat I');
    await head.getByLabel('NIP').fill('19700512 199503 1 002');
    const planner = section('Perencana');
    await planner.getByLabel('Nama dan gelar').fill('Dewi Lestari, S.T.');
    // The planner's address is the head's by mistake: refused at its field before anything is sent.
    await planner.getByLabel('Email').fill('kepala@dishub-hss.example');
    await page.getByRole('button', { name: 'Buat perangkat daerah' }).click();
    await expect.poll(() => planner.locator('.field-error').allTextContents()).not.toEqual([]);
    await planner.getByLabel('Email').fill('perencana@dishub-hss.example');
    await expect.poll(() => planner.getByLabel('Id pengguna').inputValue()).toBe('perencana');
    await planner.getByLabel('Id pengguna').fill('perencana-dishub');
    await expectFitsTheScreen();
    await screenshot(page, 'onboarding-new-agency', true);
    await page.getByRole('button', { name: 'Buat perangkat daerah' }).click();

    // The new agency's settings: its head and planner, its units.
    await page.waitForURL(`**/agencies/dishub-hss/years/${year}/settings`);
    await page.locator('[data-user-id="perencana-dishub"]').waitFor();
    await page.locator('[data-user-id="kepala"]').waitFor();
    expect(await page.locator('[data-unit-id]').count()).toBe(3);
    await expectFitsTheScreen();
    await screenshot(page, 'onboarding-settings', true);
    const api = await apiAs(base, 'admin-bappeda');
    const timeline = await api.agencies[':agencyId'].years[':year'].settings.audit.$get({
      query: {},
      param: { agencyId: 'dishub-hss', year: String(year) },
    });
    const { events } = await timeline.json();
    expect(events.map((event) => event.action).sort()).toEqual(['addUser', 'addUser', 'createAgency']);
  }, 150_000);

  it('the region admin splits a unit from next year and moves a person in from another agency, with the history shown', async () => {
    screenshotOnFailure(page, 'onboarding-restructure');
    // Bidang Angkutan splits in two from next year; this year keeps it as it is.
    await page.getByRole('button', { name: 'Pecah / gabung unit' }).click();
    const restructure = page.locator('form.restructure-form');
    await restructure.getByLabel('Bidang Angkutan').check();
    await restructure.getByLabel('Dasar (mis. nomor Perbup)').fill('Perbup uji 7/2026');
    await restructure.locator('.unit-row').nth(0).getByLabel('Nama unit').fill('Bidang Angkutan Darat');
    await restructure.getByRole('button', { name: 'Tambah unit' }).click();
    await restructure.locator('.unit-row').nth(1).getByLabel('Nama unit').fill('Bidang Angkutan Sungai');
    await expectFitsTheScreen();
    await restructure.getByRole('heading', { name: 'Pecah atau gabung unit' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'onboarding-restructure');
    await restructure.getByRole('button', { name: 'Simpan susunan unit' }).click();
    await expect.poll(() => page.locator('[data-unit-id]').count()).toBe(5);
    expect(await page.locator('[data-unit-id="angkutan-darat"]').textContent()).toContain(String(year + 1));
    expect(await page.locator('[data-unit-id="angkutan"]').textContent()).toContain(String(year));

    // A division head of the example PUPR moves to Dishub's Bidang Lalu Lintas.
    await page.goto(`${base}/agencies/contoh-dpupr/years/${year}/settings`);
    await page
      .locator('[data-user-id="kabid-bina-marga-dpupr"]')
      .getByRole('button', { name: 'Pindahkan' })
      .click();
    const transfer = page.locator('form.transfer-form');
    await transfer.getByLabel('Ke perangkat daerah').selectOption('dishub-hss');
    await transfer.getByLabel('Unit di sana').selectOption('lalu-lintas');
    await transfer.getByLabel('Dasar (mis. nomor Perbup)').fill('SK mutasi uji');
    await expectFitsTheScreen();
    await transfer.getByRole('button', { name: 'Pindahkan' }).click();
    await page.locator('[data-user-id="kabid-bina-marga-dpupr"]').waitFor({ state: 'detached' });

    // Dishub's settings list the newcomer; its record says who came, and how the units changed.
    await page.goto(`${base}/agencies/dishub-hss/years/${year}/settings`);
    await page.locator('[data-user-id="kabid-bina-marga-dpupr"]').waitFor();
    await page.getByRole('link', { name: 'Riwayat orang, unit dan pengaturan' }).click();
    const timeline = page.locator('ol.timeline');
    await expect
      .poll(() => timeline.locator('strong').allTextContents())
      .toEqual(
        expect.arrayContaining([
          'Pegawai pindah masuk',
          'Unit dipecah / digabung',
          'Perangkat daerah dibuat',
        ]),
      );
    // The move in words: the agencies, and the unit left in the other agency by its name there.
    const moveIn = timeline.locator('li', { has: page.getByText('Pegawai pindah masuk', { exact: true }) });
    await moveIn.locator('summary').click();
    expect(await moveIn.locator('ul.changes li').allTextContents()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/ › Perangkat daerah: Dinas Pekerjaan Umum .+ \(contoh\) → Dinas Perhubungan$/),
        expect.stringMatching(/ › Unit: Bidang Bina Marga → Bidang Lalu Lintas$/),
      ]),
    );
    await expectFitsTheScreen();
    await screenshot(page, 'onboarding-history', true);
  }, 150_000);

  it('the new planner signs in and enters the agency’s agreement', async () => {
    await signInByIdAs(page, base, 'perencana-dishub');
    // A link to an agency not theirs (forwarded by someone else): refused, still signed in with
    // the header (language, sign-out), and a way to their own agency. (Signing in on a page another
    // person left open goes home instead: sign-in-return.e2e.test.ts.)
    await page.goto(`${base}/agencies/dinsos-hss/years/${year}`);
    await page.getByText('Anda tidak berwenang melakukan ini').waitFor();
    await signOutButton(page).waitFor({ state: 'attached' });
    await page.getByRole('link', { name: 'Ke dasbor' }).click();
    await page.waitForURL(/\/agencies\/dishub-hss\//);
    await page.goto(`${base}/agencies/dishub-hss/years/${year}/agreement`);
    await page.getByRole('button', { name: `Mulai Perjanjian Kinerja ${year}` }).click();
    await page.getByRole('button', { name: 'Tambah program' }).click();
    await page.locator('#a-programs-0-name').fill('Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan');
    await page.locator('#a-programs-0-unitId').selectOption('lalu-lintas');
    await page.getByRole('button', { name: 'Simpan draf' }).click();
    await expect
      .poll(async () => {
        const api = await apiAs(base, 'perencana-dishub');
        const answer = await api.agencies[':agencyId'].years[':year'].agreement.$get({
          param: { agencyId: 'dishub-hss', year: String(year) },
        });
        const { versions, version } = await answer.json();
        return versions.map((v) => [v.version, v.state, version?.agreement.programs.map((p) => p.unitId)]);
      })
      .toEqual([[1, 'draft', ['lalu-lintas']]]);
    await expectFitsTheScreen();
  }, 120_000);
});

describe("the region's dashboard in the browser", () => {
  it('the Bappeda sees every agency × quarter, accepts one quarter and sends another back with a reason', async () => {
    screenshotOnFailure(page, 'region-board');
    await page.setViewportSize(phone);
    await signInAs(page, base, 'admin-bappeda');
    // The front door links the region's dashboard.
    await page.goto(`${base}/`);
    await page.locator('[data-region-board="kab-hss"]').click();
    const rows = page.locator('[data-board-agency]');
    await rows.first().waitFor();
    // The seed's agency, the four examples and the one onboarded above.
    await expect.poll(() => rows.count()).toBe(6);
    await expectFitsTheScreen();
    await screenshot(page, 'region-board-phone');
    await page.setViewportSize(desktop);
    await expectFitsTheScreen();
    await screenshot(page, 'region-board', true);
    await page.setViewportSize(phone);

    // The seed's 2019 is signed off in every quarter, whatever the day the test runs: accept the
    // first quarter, send the next back.
    await page.goto(`${base}/regions/kab-hss/years/2019`);
    // The decisions under the board's quarters (what waits on the Bappeda, above, is this year's and last).
    const decisions = page.locator('.board-table [data-decision]');
    await decisions.first().waitFor();
    expect(await decisions.first().getAttribute('data-decision')).toBe('dinsos-hss/2019/1');
    const accepted = (await decisions.first().getAttribute('data-decision')) ?? '';
    page.once('dialog', (dialog) => void dialog.accept());
    await decisions
      .first()
      .getByRole('button', { name: /^Terima / })
      .click();
    const cell = (quarter: number) =>
      page.locator(`[data-board-agency="dinsos-hss"] [data-quarter="${quarter}"]`);
    // The cell says so at once, and its buttons go.
    await cell(1).locator('.state-accepted').waitFor();
    const returned = (await decisions.first().getAttribute('data-decision')) ?? '';
    expect(returned).toBe('dinsos-hss/2019/2');
    const reason = 'Realisasi anggaran belum sesuai SP2D';
    const target = decisions.first();
    await target.getByRole('button', { name: /^Kembalikan / }).click();
    await target.getByLabel('Alasan dikembalikan').fill(reason);
    await expectFitsTheScreen();
    await target.getByRole('button', { name: 'Kembalikan', exact: true }).click();
    await cell(2).locator('.state-open').waitFor();

    // On the record: the one accepted, the other open again with the Bappeda's reason.
    const api = await apiAs(base, 'admin-bappeda');
    const stateOf = async (decision: string) => {
      const [agencyId = '', year = '', quarter = ''] = decision.split('/');
      const answer = await api.agencies[':agencyId'].years[':year'].quarters.$get({
        param: { agencyId, year },
      });
      const { quarters } = await answer.json();
      return quarters.find((q) => String(q.quarter) === quarter)?.state;
    };
    expect(await stateOf(accepted)).toBe('accepted');
    expect(await stateOf(returned)).toBe('open');
    const [agencyId = '', returnedYear = '', quarter = ''] = returned.split('/');
    const audit = await api.agencies[':agencyId'].years[':year'].quarters[':quarter'].audit.$get({
      query: {},
      param: { agencyId, year: returnedYear, quarter },
    });
    const { events } = await audit.json();
    expect(events.find((event) => event.action === 'sendBack')?.reason).toBe(reason);
    // Once the outbox has run, the dashboard itself shows the accepted quarter.
    await expect
      .poll(
        async () => {
          await page.reload();
          await rows.first().waitFor();
          return page.locator(`[data-board-agency="${accepted.split('/')[0]}"] .state-accepted`).count();
        },
        { timeout: 60_000 },
      )
      .toBe(1);
  }, 180_000);

  it("lists what waits on the Bappeda, the oldest sign-off first, and downloads the region's E.81 of the accepted quarter on a phone, its figures the agency's own", async () => {
    screenshotOnFailure(page, 'region-files');
    await page.setViewportSize(phone);
    await page.goto(`${base}/regions/kab-hss/years/2019`);
    // This year's and last year's signed-off quarters (the examples'), the oldest sign-off first.
    const waiting = page.locator('[data-waiting]');
    await waiting.first().waitFor();
    const periods = (
      await waiting.evaluateAll((items) => items.map((item) => item.getAttribute('data-waiting')))
    )
      .map((key) => (key ?? '').split('/'))
      .map(([, y = '', q = '']) => Number(y) * 10 + Number(q));
    expect(periods.length).toBeGreaterThan(0);
    expect(periods).toEqual([...periods].sort((a, b) => a - b));

    // The acceptance above compiled the region's TW1 2019 in the background: its files appear.
    const xlsxButton = page.locator('[data-region-file="1/e81"] button[data-file-name$=".xlsx"]');
    await expect
      .poll(
        async () => {
          await page.reload();
          await page.locator('.region-files').waitFor();
          return xlsxButton.count();
        },
        { timeout: 60_000 },
      )
      .toBe(1);
    expect(await page.locator('[data-region-files="1"]').textContent()).toContain('1 dari 6 diterima');
    await page.locator('.region-files').scrollIntoViewIfNeeded();
    await expectFitsTheScreen();
    await screenshot(page, 'region-files-phone');
    const [download] = await Promise.all([page.waitForEvent('download'), xlsxButton.click()]);
    const compiled = await readWorkbook(await readFile(await download.path()));
    // The region's recapitulation, then the one accepted agency's own Tabel E.81.
    expect(compiled.worksheets.map((sheet) => sheet.name)).toEqual(['Rekap wilayah', '1. Dinas Sosial']);
    const recap = compiled.worksheets[0] ?? expect.fail('no recapitulation');
    expect(cellTexts(recap).join(' ')).toContain(
      'Disusun dari triwulan yang diterima Bappeda: 1 dari 6 perangkat daerah',
    );
    const own = await ownE81(base, 'dinsos-hss', 2019, 1);
    expect(sheetCells(compiled.worksheets[1] ?? expect.fail('no agency sheet'))).toEqual(
      sheetCells(own.worksheets[0] ?? expect.fail('no own sheet')),
    );

    // A page of the region's E.81 as printed: the agency's table after the recapitulation.
    const pdfButton = page.locator('[data-region-file="1/e81"] button[data-file-name$=".pdf"]');
    const [pdf] = await Promise.all([page.waitForEvent('download'), pdfButton.click()]);
    await savePdfPage(await readFile(await pdf.path()), 2, 'region-e81-pdf');
  }, 150_000);

  it("makes the region's E.81 in English at the Bappeda's request and downloads it on a phone, figure for figure the Indonesian", async () => {
    screenshotOnFailure(page, 'region-files-en');
    await page.setViewportSize(phone);
    await page.goto(`${base}/regions/kab-hss/years/2019`);
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    const files = page.locator('[data-region-files="1"]');
    await files.getByRole('button', { name: "Make the region's files of Quarter 1 in English" }).click();
    // Asked for on the record: what for.
    await files.getByLabel('What the English files are for (on the record)').fill('For the donor mission');
    await files.getByRole('button', { name: 'Make now' }).click();
    // Compiled by the outbox; the list looks again until the English files are there.
    const english = page.locator('[data-region-file="1/e81"] button[data-file-name$="-en.xlsx"]');
    await english.waitFor({ timeout: 60_000 });
    // The outbox stores the files one at a time: the list looks again until the last is there too.
    const englishPdf = page.locator('[data-region-file="1/e81"] button[data-file-name$="-en.pdf"]');
    await englishPdf.waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-region-files-en="1"]').textContent()).toContain(
      'English: 1 of 6 accepted, asked for by Admin Bappeda Kab. HSS',
    );
    await page.locator('.region-files').scrollIntoViewIfNeeded();
    await expectFitsTheScreen();
    await screenshot(page, 'region-files-en-phone');
    // The request on the region's record: what, who, why.
    const record = page.getByRole('region', { name: "The region's record" });
    await record.getByText("The region's files of Quarter 1 asked for in English").waitFor();
    expect(await record.textContent()).toContain('by Admin Bappeda Kab. HSS');
    expect(await record.textContent()).toContain('Reason: For the donor mission');
    await expectFitsTheScreen();

    const workbookOf = async (button: typeof english) => {
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      return readWorkbook(await readFile(await download.path()));
    };
    const inEnglish = await workbookOf(english);
    const inIndonesian = await workbookOf(
      page.locator('[data-region-file="1/e81"] button[data-file-name$="-tw1.xlsx"]'),
    );
    expect(inEnglish.worksheets.map((sheet) => sheet.name)).toEqual(['Region summary', '1. Dinas Sosial']);
    const recap = cellTexts(inEnglish.worksheets[0] ?? expect.fail('no recapitulation')).join(' ');
    expect(recap).toContain("RECAPITULATION OF THE AGENCIES' RENJA EVALUATIONS, QUARTER 1 2019");
    expect(recap).toContain('Compiled from the quarters the Bappeda accepted: 1 of 6 agencies');
    expect(recap).toContain('REGION TOTAL');
    expect(workbookNumbers(inEnglish)).toEqual(workbookNumbers(inIndonesian));

    // A page of the English E.81 as printed, for the README.
    const [pdf] = await Promise.all([page.waitForEvent('download'), englishPdf.click()]);
    await savePdfPage(await readFile(await pdf.path()), 1, 'region-e81-en-pdf');
    await page.getByRole('button', { name: 'ID', exact: true }).click();
  }, 150_000);

  it('shows the head and the planner why the Bappeda sent their quarter back, in both languages', async () => {
    const reason = 'Realisasi anggaran belum sesuai SP2D';
    for (const userId of ['kepala-dinas', 'perencana']) {
      await signInAs(page, base, userId);
      await page.goto(`${base}/agencies/dinsos-hss/years/2019?quarter=2`);
      const notice = page.locator('[data-sent-back="2"]');
      await notice.waitFor();
      expect(await notice.textContent(), userId).toContain('Dikembalikan oleh Bappeda');
      expect(await notice.textContent(), userId).toContain(reason);
      await expectFitsTheScreen();
    }
    // The head's sign-off screen says so too, and in English.
    await signInAs(page, base, 'kepala-dinas');
    await page.goto(`${base}/agencies/dinsos-hss/years/2019/quarters/2`);
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    const notice = page.locator('[data-sent-back="2"]');
    await expect.poll(() => notice.textContent()).toContain('Sent back by the Bappeda');
    expect(await notice.textContent()).toContain(reason);
    await expectFitsTheScreen();
    await page.getByRole('button', { name: 'ID', exact: true }).click();
  }, 120_000);
});
