import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatInstant } from '../../shared/calendar/format-date.js';
import { nationalCalendar, quarterDeadline } from '../../shared/calendar/quarter-deadline.js';
import { addWorkingDays } from '../../shared/calendar/working-days.js';
import { entryUnitId, indicatorPlaces } from '../../shared/model/agreement-indicators.js';
import { numberKindOf } from '../../shared/model/figure.js';
import { webPaths } from '../../shared/web-paths.js';
import { headStandIn } from '../support/acting-order.js';
import { completeEntry } from '../support/fill-part.js';
import {
  apiAs,
  desktop,
  openYear,
  phone,
  screenshot,
  signInAs,
  signOutButton,
  startProductForFile,
} from './e2e-support.js';
import { openScreen, seriousAxeViolations, sidewaysOverflow, smallTargets } from './phone-support.js';
import { cellTexts, readWorkbook } from './report-downloads.js';

// The demo data opens the agency's current year beside the signed-off 2019.
const year = openYear;
const agencyId = 'dinsos-hss';
const unitId = 'pemberdayaan-sosial';
/** The narrowest phones in use (issue 15: usable at 360–390 px). */
const narrow = { width: 360, height: 800 };

/** Every main screen, in the open year and in the signed-off 2019 (charts, files, read-only parts). */
const screens = {
  home: webPaths.dashboard(agencyId, year),
  dashboard2019: webPaths.dashboard(agencyId, 2019, 4),
  form: webPaths.part(agencyId, year, 1, unitId),
  part2019: webPaths.part(agencyId, 2019, 4, unitId),
  signOff2019: webPaths.quarter(agencyId, 2019, 4),
  agreement: webPaths.agreement(agencyId, year),
  reports2019: webPaths.reports(agencyId, 2019, 4),
  history: `${webPaths.dashboard(agencyId, year)}/history?quarter=1`,
  settings: `${webPaths.dashboard(agencyId, year)}/settings`,
  trends: `${webPaths.dashboard(agencyId, year)}/trends`,
  calendar: `${webPaths.dashboard(agencyId, year)}/calendar`,
  checker: `${webPaths.dashboard(agencyId, year)}/checker`,
  outbox: `/agencies/${agencyId}/outbox`,
  region: `/regions/kab-hss/years/${year}`,
};
/** One seeded person per role, the region's auditor included. */
const people = [
  'kepala-dinas',
  'perencana',
  'verifikator',
  'kabid-pemberdayaan',
  'pengamat',
  'inspektorat',
  'admin',
];
/** Each screen as the person who works there, for the accessibility checks. */
const worksThere: [keyof typeof screens, string][] = [
  ['home', 'kabid-pemberdayaan'],
  ['form', 'kabid-pemberdayaan'],
  ['dashboard2019', 'kepala-dinas'],
  ['signOff2019', 'kepala-dinas'],
  ['part2019', 'verifikator'],
  ['agreement', 'perencana'],
  ['settings', 'perencana'],
  ['reports2019', 'pengamat'],
  ['history', 'pengamat'],
  ['trends', 'kepala-dinas'],
  ['outbox', 'admin'],
  ['region', 'inspektorat'],
  // The system admin may keep the region's calendar: every card and form of it is there.
  ['calendar', 'admin'],
  // The Inspektorat checks an agency's reports made by hand.
  ['checker', 'inspektorat'],
];

let browser: Browser;
let page: Page;
let base: string;
/** Starts `npm start` again on the same data with more arguments; its output. */
let restart: (args: string[]) => Promise<string>;

startProductForFile(phone, (product) => ({ browser, page, base, restart } = product));

/**
 * The unit's TW3 part through its division head's API, complete and with them again (withdrawn
 * if an earlier test submitted it); `step` submits or withdraws it as another device would.
 */
async function completeWithItsHead() {
  const head = await apiAs(base, 'kabid-pemberdayaan');
  const parts = head.agencies[':agencyId'].years[':year'].quarters[':quarter'].parts[':unitId'];
  const param = { agencyId, year: String(year), quarter: '3', unitId };
  const step = async (transition: 'submit' | 'withdraw') => {
    const { part } = await (await parts.$get({ param })).json();
    const answer = await parts[':transition'].$post({
      param: { ...param, transition },
      json: { revision: part.revision },
    });
    expect(answer.status).toBe(200);
  };
  if ((await (await parts.$get({ param })).json()).part.state === 'submitted') await step('withdraw');
  const agreement = (await (await head.agencies[':agencyId'].years[':year'].agreement.$get({ param })).json())
    .version?.agreement;
  const { part } = await (await parts.$get({ param })).json();
  const entry = completeEntry(agreement ?? expect.fail('no agreement'), unitId, 3);
  expect((await parts.$put({ param, json: { revision: part.revision, entry } })).status).toBe(200);
  return { parts, param, step };
}

describe('phone-first daily work', () => {
  it("lets the Inspektorat read a part's history in words and download the year's whole record on a phone, and the head appoint a stand-in", async () => {
    // A division head saves a figure and its explanation through the API (a unit and quarter no other test here uses).
    const audited = 'perlindungan-jaminan';
    const api = await apiAs(base, 'kabid-perlindungan');
    const yearApi = api.agencies[':agencyId'].years[':year'];
    const agreement = await (
      await yearApi.agreement.$get({ param: { agencyId, year: String(year) } })
    ).json();
    const version = agreement.version?.agreement ?? expect.fail('no agreement');
    // A figure with decimals: one of the unit's indicators that is neither a count nor a ratio.
    const indicator = indicatorPlaces(version)
      .filter((place) => entryUnitId(place) === audited)
      .map((place) => place.indicator)
      .find((i) => numberKindOf(i) === 'decimal' && !i.ratio);
    const param = { agencyId, year: String(year), quarter: '3', unitId: audited };
    const saved = await yearApi.quarters[':quarter'].parts[':unitId'].$put({
      param,
      json: {
        revision: 1,
        entry: {
          realisations: [{ indicatorId: indicator?.id ?? '', value: 12.5, explanation: 'SK penerima' }],
        },
      },
    });
    expect(saved.status).toBe(200);

    await signInAs(page, base, 'inspektorat');
    await page.goto(`${base}${webPaths.dashboard(agencyId, year)}/history?quarter=3&unitId=${audited}`);
    const saveEvent = page.locator('.timeline > li', { hasText: 'Draf disimpan' });
    await saveEvent.getByText('2 nilai berubah').click();
    // The indicator by its code and name, the figure with a decimal comma; no internal path.
    await saveEvent.getByText(`Realisasi: ${indicator?.code} ${indicator?.name} › Nilai: – → 12,5`).waitFor();
    expect(await page.locator('.timeline').textContent()).not.toContain('realisations.');
    expect(await sidewaysOverflow(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Unduh seluruh catatan tahun ini (Excel)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`Catatan Dinas Sosial ${year}.xlsx`);
    const sheet = (await readWorkbook(await readFile(await download.path()))).getWorksheet(`Catatan ${year}`);
    const texts = sheet ? cellTexts(sheet) : [];
    expect(texts).toContain('Waktu (WITA)');
    expect(texts).toContain('12,5');
    expect(texts).toContain('Data awal (dimuat, tidak diisi di Capaian)');

    // A part says when it was handed in (2019's, loaded from the LKj, by nobody in Capaian).
    await page.goto(`${base}${webPaths.part(agencyId, 2019, 4, unitId)}`);
    expect(await page.locator('[data-part-handed-in]').textContent()).toMatch(
      /^Dikirim \d+ Jan 2020, 23\.59 WITA$/,
    );

    // The head delegates their duty from Settings on the phone: what the API would refuse is said
    // at its field before anything is sent, and the appointment is listed as coming.
    await signInAs(page, base, 'kepala-dinas');
    await page.goto(`${base}${screens.settings}`);
    const acting = page.getByRole('region', { name: 'Pelaksana tugas (Plt./Plh.)' });
    await acting.getByRole('button', { name: 'Tunjuk pelaksana tugas' }).click();
    const person = acting.getByLabel('Pelaksana', { exact: true });
    await person.selectOption('perencana');
    await acting.getByLabel('Mulai tanggal').fill('05/01/2099');
    await acting.getByLabel('Sampai tanggal').fill('06/01/2099');
    await acting.getByRole('button', { name: 'Tunjuk', exact: true }).click();
    await acting.getByText('perencana tidak sekaligus kepala di perangkat daerah yang sama').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await person.selectOption(headStandIn.userId);
    await acting.getByLabel('Nomor surat perintah').fill(headStandIn.decree ?? '');
    await acting.getByLabel('Alasan').fill('Kepala Dinas cuti tahunan');
    await acting.getByRole('button', { name: 'Tunjuk', exact: true }).click();
    await acting.getByText('H. Muhammad Rusdi, S.Sos ditunjuk.').waitFor();
    const coming = acting.locator('[data-acting-standing="coming"]');
    expect(await coming.textContent()).toContain('Plh. Kepala Dinas');
    expect(await coming.textContent()).toContain('Kepala Dinas cuti tahunan');
    expect(await sidewaysOverflow(page)).toEqual([]);
    // Who has left since reads by name, not by id: the stand-in moves to another agency of the region.
    const moved = await (await apiAs(base, 'admin-bappeda')).users[':userId'].transfer.$post({
      param: { userId: headStandIn.userId },
      json: { toAgencyId: 'contoh-dinkes', roles: ['viewer'] },
    });
    expect(moved.status).toBe(200);
    await page.reload();
    await coming.getByText('H. Muhammad Rusdi, S.Sos (kini di Dinas Kesehatan (contoh))').waitFor();
    expect(await sidewaysOverflow(page)).toEqual([]);
    // The head reads who stands in for them, and the stand-in reads it on the home of the agency
    // they work in now, the agency named. Both come with the tasks: the home asks nothing more.
    const asked: string[] = [];
    const onRequest = (request: { url: () => string }) => void asked.push(request.url());
    page.on('request', onRequest);
    await openScreen(page, base + screens.home);
    const notices = page.locator('[data-acting-notices]');
    await notices
      .getByText(
        'H. Muhammad Rusdi, S.Sos (kini di Dinas Kesehatan (contoh)) akan menjadi Plh. Kepala Dinas menggantikan Anda,',
      )
      .waitFor();
    page.off('request', onRequest);
    expect(asked.filter((url) => /\/api\/.*\/(acting|people|users)\b/.test(url))).toEqual([]);
    // A tab of their own (the head's stays signed in in this one).
    const standIn = await browser.newPage({ viewport: phone });
    await signInAs(standIn, base, headStandIn.userId);
    await openScreen(standIn, base + webPaths.dashboard('contoh-dinkes', year));
    await standIn
      .locator('[data-acting-notices]')
      .getByText(
        'Anda akan menjadi Plh. Kepala Dinas di Dinas Sosial, menggantikan Hj. SITI ERMA, S.Sos, M.AP,',
      )
      .waitFor();
    expect(await sidewaysOverflow(standIn)).toEqual([]);
    await standIn.close();
  }, 120_000);

  it("starts a division head's home with Tugas saya, on the first screenful of a phone", async () => {
    await page.setViewportSize(phone);
    await signInAs(page, base, 'kabid-pemberdayaan');
    await openScreen(page, base + screens.home);
    const tasks = page.locator('section.my-tasks');
    await expect
      .poll(() => tasks.getByRole('heading', { level: 2 }).textContent(), { timeout: 15_000 })
      .toBe('Tugas saya');
    const first = tasks.locator('li').first();
    await expect
      .poll(() => first.getByRole('link').getAttribute('href'))
      .toMatch(/\/parts\/pemberdayaan-sosial$/);
    // Counted down in the agency's zone: "… hari lagi, Minggu, 10 Jan 23.59 WITA" or "terlambat …".
    expect(await first.locator('.task-due').textContent()).toMatch(
      /(hari lagi|hari ini|terlambat \d+ hari), .+ WITA$/,
    );
    const box = await tasks.boundingBox();
    expect(box?.y ?? Number.POSITIVE_INFINITY).toBeLessThan(phone.height / 2);
    await screenshot(page, 'phone-home');
    // The reminder e-mail's footer sends them here to turn its reminders off: their own choice.
    const remind = tasks.getByLabel('Kirimi saya email pengingat tenggat');
    const remindersOff = async () => {
      const answer = await (await apiAs(base, 'kabid-pemberdayaan')).me.$get();
      return answer.status === 200 ? (await answer.json()).user.remindersOff : answer.status;
    };
    expect(await remind.isChecked()).toBe(true);
    await remind.uncheck();
    await expect.poll(remindersOff).toBe(true);
    await page.reload();
    expect(await remind.isChecked()).toBe(false);
    await remind.check();
    await expect.poll(remindersOff).toBe(false);
  }, 120_000);

  it('shows long names and what people wrote whole: paragraphs and a pasted address on a phone and a desk, a long agency name in the header', async () => {
    // A division head explains a figure in paragraphs with a link to the evidence; the verifier returns it with one.
    const link = 'https://drive.google.com/drive/folders/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789?usp=sharing';
    const written = `Realisasi mengikuti pemutakhiran DTKS pada akhir triwulan.\n\nData dukung: ${link}`;
    const rehabilitasi = 'pelayanan-rehabilitasi';
    const param = { agencyId, year: String(year), quarter: '2', unitId: rehabilitasi };
    const partOf = async (userId: string) =>
      (await apiAs(base, userId)).agencies[':agencyId'].years[':year'].quarters[':quarter'].parts[':unitId'];
    const yearApi = (await apiAs(base, 'kabid-rehabilitasi')).agencies[':agencyId'].years[':year'];
    const agreement = (await (await yearApi.agreement.$get({ param })).json()).version?.agreement;
    const entry = completeEntry(agreement ?? expect.fail('no agreement'), rehabilitasi, 2);
    const first = entry.realisations[0] ?? expect.fail('no indicator');
    entry.realisations[0] = { ...first, explanation: written };
    const part = await partOf('kabid-rehabilitasi');
    expect((await part.$put({ param, json: { revision: 1, entry } })).status).toBe(200);
    const submit = { param: { ...param, transition: 'submit' as const }, json: { revision: 2 } };
    expect((await part[':transition'].$post(submit)).status).toBe(200);
    const review = { comment: written, indicatorComments: { [first.indicatorId]: written } };
    const returned = { param: { ...param, transition: 'return' as const }, json: { revision: 3, review } };
    expect((await (await partOf('verifikator'))[':transition'].$post(returned)).status).toBe(200);

    const partPage = base + webPaths.part(agencyId, year, 2, rehabilitasi);
    const cut: string[] = [];
    const look = async (userId: string) => {
      await signInAs(page, base, userId);
      for (const size of [phone, desktop]) {
        await page.setViewportSize(size);
        await openScreen(page, partPage);
        const where = `${userId} ${size.width}`;
        cut.push(...(await sidewaysOverflow(page)).map((element) => `${where}: ${element}`));
        cut.push(
          ...(
            await page.evaluate(() => [
              // Its paragraphs as written: the line breaks kept wherever it is shown.
              ...[...document.querySelectorAll('main p')]
                .filter(
                  (p) =>
                    p.textContent?.includes('Data dukung') &&
                    !getComputedStyle(p).whiteSpace.startsWith('pre'),
                )
                .map((p) => `"${p.textContent?.slice(0, 30)}" on one line`),
              // No table made wider than its box by it.
              ...[...document.querySelectorAll('main .table-scroll')]
                .filter((scroller) => scroller.scrollWidth > scroller.clientWidth + 1)
                .map((scroller) => `a table ${scroller.scrollWidth} px in ${scroller.clientWidth}`),
              // A field holding it is as tall as its text.
              ...[...document.querySelectorAll('main textarea')]
                .filter((field) => field.scrollHeight > field.clientHeight + 1)
                .map((field) => `${field.id} ${field.scrollHeight} px in ${field.clientHeight}`),
            ])
          ).map((problem) => `${where}: ${problem}`),
        );
      }
    };
    await look('verifikator');
    await look('kabid-rehabilitasi');
    // The part's record lists the values changed: the same words, folded until opened.
    await page.setViewportSize(phone);
    await openScreen(
      page,
      `${base}${webPaths.dashboard(agencyId, year)}/history?quarter=2&unitId=${rehabilitasi}`,
    );
    await page.evaluate(() => {
      for (const fold of document.querySelectorAll('main details')) fold.setAttribute('open', '');
    });
    cut.push(...(await sidewaysOverflow(page)).map((element) => `history 390: ${element}`));
    expect(cut).toEqual([]);
    // An agency's long short name takes a second line in a phone's header, its ⇄ with it.
    await page.setViewportSize(phone);
    await signInAs(page, base, 'admin-bappeda');
    await openScreen(page, base + webPaths.dashboard('contoh-dpupr', year));
    const name = page.locator('.app-header .agency-name');
    expect(await name.evaluate((element) => element.scrollWidth - element.clientWidth)).toBe(0);
    const [box, change] = [await name.boundingBox(), await name.getByRole('link').boundingBox()];
    expect((change?.x ?? Number.POSITIVE_INFINITY) + (change?.width ?? 0)).toBeLessThanOrEqual(
      (box?.x ?? 0) + (box?.width ?? 0) + 1,
    );
  }, 120_000);

  it("folds the header's links and account under one Menu button on a phone, opened and closed by keyboard, each a thumb's size", async () => {
    await page.setViewportSize(phone);
    await signInAs(page, base, 'kabid-pemberdayaan');
    await openScreen(page, base + screens.home);
    const header = page.locator('.app-header');
    const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
    const menu = header.getByRole('button', { name: 'Menu' });
    // One row: the app and agency, the language, the menu (three rows of links before).
    expect((await header.boundingBox())?.height).toBeLessThan(80);
    expect(await nav.isVisible()).toBe(false);
    expect(await menu.getAttribute('aria-expanded')).toBe('false');

    await menu.focus();
    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    const targets = [...(await header.getByRole('button').all()), ...(await nav.getByRole('link').all())];
    expect(targets.length).toBe(13);
    for (const target of targets) {
      const label = (await target.textContent()) ?? '';
      expect((await target.boundingBox())?.height, label).toBeGreaterThanOrEqual(44);
    }
    // The menu follows its button: Tab goes to the first link, Escape closes and returns.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Dasbor');
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await menu.evaluate((button) => button === document.activeElement)).toBe(true);
    expect(await nav.isVisible()).toBe(false);

    // A link taken closes it.
    await menu.click();
    await nav.getByRole('link', { name: 'Tren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tren' }).waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('false');

    // On a desktop the links are all in the header, without the button.
    await page.setViewportSize(desktop);
    expect(await menu.isVisible()).toBe(false);
    await expect.poll(() => nav.getByRole('link').count()).toBe(9);
    expect(await nav.getByRole('link', { name: 'Kotak keluar' }).isVisible()).toBe(true);
    expect((await header.boundingBox())?.height).toBeLessThan(90);
  }, 120_000);

  it("keeps a desk's header one row from 901 to 1920 px in both languages, the links it has no room for under Lainnya, by keyboard too", async () => {
    // The head has the list's longest name and role.
    await signInAs(page, base, 'kepala-dinas');
    await page.setViewportSize(desktop);
    await openScreen(page, base + screens.home);
    const header = page.locator('.app-header');
    const nav = header.locator('nav.main-nav');
    // What a reader sees and a screen reader reads while Lainnya is closed: the row's links.
    const inRow = () => nav.getByRole('link').allTextContents();
    const underMore = () => nav.locator('#more-links a').allTextContents();
    const labels = {
      ID: [
        'Dasbor',
        'Tren',
        'Perjanjian Kinerja',
        'Laporan',
        'Riwayat',
        'Kalender',
        'Periksa laporan',
        'Pengaturan',
        'Kotak keluar',
      ],
      EN: [
        'Dashboard',
        'Trends',
        'Performance agreement',
        'Reports',
        'History',
        'Calendar',
        'Check a report',
        'Settings',
        'Outbox',
      ],
    };
    const untidy: string[] = [];
    for (const lang of ['ID', 'EN'] as const) {
      await header.getByRole('button', { name: lang, exact: true }).click();
      for (const width of [901, 1024, 1280, 1366, 1440, 1920]) {
        await page.setViewportSize({ width, height: 768 });
        // Each link once, in order: in the row, then under Lainnya.
        await expect
          .poll(async () => [...(await inRow()), ...(await underMore())], { timeout: 5_000 })
          .toEqual(labels[lang]);
        // One row (51 px; two were 83) with the account and its sign-out in it.
        const height = (await header.boundingBox())?.height ?? 0;
        const signOut = await signOutButton(page).isVisible();
        if (height > 60 || !signOut)
          untidy.push(`${lang} ${width}: header ${height} px, sign-out shown ${signOut}`);
        const overflow = await sidewaysOverflow(page);
        if (overflow.length) untidy.push(`${lang} ${width}: ${overflow.join(', ')}`);
      }
    }
    expect(untidy).toEqual([]);

    // At 1280 in English the last links are under More: opened by keyboard, Tab reaches them,
    // Escape closes it and returns; closed, they are nowhere a screen reader or Tab would go.
    await page.setViewportSize({ width: 1280, height: 768 });
    await expect.poll(underMore).not.toEqual([]);
    const folded = await underMore();
    const last = nav.getByRole('link', { name: folded[folded.length - 1] });
    expect(await last.count()).toBe(0);
    const more = nav.getByRole('button', { name: 'More' });
    await more.focus();
    await page.keyboard.press('Enter');
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(folded[0]);
    await page.keyboard.press('Escape');
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    expect(await more.evaluate((button) => button === document.activeElement)).toBe(true);
    await more.click();
    await last.click();
    await page.getByRole('heading', { level: 1, name: folded[folded.length - 1] }).waitFor();
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    await header.getByRole('button', { name: 'ID', exact: true }).click();
  }, 120_000);

  it('reads every table whole on a desk at 1280, 1366 and 1920 px: none scrolls sideways, no cell out of its row, no indicator code broken over two lines, no figure typed into a field as wide as the card', async () => {
    const untidy: string[] = [];
    const check = async (where: string) => {
      for (const width of [1280, 1366, 1920]) {
        await page.setViewportSize({ width, height: 768 });
        const found = await page.evaluate(() => {
          const lines = (element: Element) => {
            const range = document.createRange();
            range.selectNodeContents(element);
            return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
          };
          return [
            ...[...document.querySelectorAll('main .table-scroll')]
              .filter((scroller) => scroller.scrollWidth > scroller.clientWidth + 1)
              .map((scroller) => `a table ${scroller.scrollWidth} px in ${scroller.clientWidth}`),
            ...[...document.querySelectorAll('main .code')]
              .filter((code) => lines(code) > 1)
              .map((code) => `code "${code.textContent}" on ${lines(code)} lines`),
            // A cell laid out as something else leaves its row: its lines and height no longer the row's.
            ...[...document.querySelectorAll('main :is(td, th)')]
              .filter((cell) => getComputedStyle(cell).display !== 'table-cell')
              .map((cell) => `a ${cell.tagName.toLowerCase()}.${cell.className} out of its row`),
            ...[...document.querySelectorAll('main .field > input.number')]
              .filter((field) => field.getBoundingClientRect().width > 200)
              .map((field) => `${field.id} ${Math.round(field.getBoundingClientRect().width)} px wide`),
          ];
        });
        untidy.push(...found.map((problem) => `${where} ${width}: ${problem}`));
      }
    };
    // The head reviews a part with questioned figures, the agreement, the sign-off; the planner's settings.
    await signInAs(page, base, 'kepala-dinas');
    for (const name of ['part2019', 'agreement', 'signOff2019', 'dashboard2019'] as const) {
      await page.setViewportSize(desktop);
      await openScreen(page, base + screens[name]);
      await check(name);
    }
    await signInAs(page, base, 'perencana');
    await openScreen(page, base + screens.settings);
    await check('settings');
    expect(untidy).toEqual([]);
  }, 120_000);

  it("gives every control a thumb's size (44 px) on a phone: the form's checkboxes, a table's links, the versions, the year before, the header's ⇄, \"Capaian\" and the skip link", async () => {
    await page.setViewportSize(phone);
    const small: string[] = [];
    // Each screen as the person who works there: the parts' "Lihat"/"Riwayat" and "Isi", the
    // sign-off's "Lihat", the agreement's versions, the region admin's units and agencies.
    const looks: [string, string[]][] = [
      ['kabid-pemberdayaan', [screens.form, screens.home, `${webPaths.dashboard(agencyId, 2019)}/trends`]],
      ['kepala-dinas', [screens.signOff2019, screens.dashboard2019]],
      ['perencana', [webPaths.agreement(agencyId, 2019)]],
      ['admin', [screens.region, screens.settings]],
    ];
    for (const [person, paths] of looks) {
      await signInAs(page, base, person);
      for (const path of paths) {
        await openScreen(page, base + path);
        small.push(...(await smallTargets(page)).map((control) => `${person} ${path}: ${control}`));
      }
    }
    expect(small).toEqual([]);
    // The system admin's header on an agency's page: "⇄", to change agency.
    const change = await page.locator('.agency-name .link-button').boundingBox();
    expect(Math.min(change?.width ?? 0, change?.height ?? 0)).toBeGreaterThanOrEqual(44);
    // Settings as the planner who keeps them: the sending hour in the agency's zone as people say
    // it, and "Simpan pengaturan" clear of the card below it, on a phone and a desk, in both languages.
    await signInAs(page, base, 'perencana');
    await openScreen(page, base + screens.settings);
    for (const [size, lang, label, save] of [
      [phone, 'ID', 'Jam pengiriman (WITA)', 'Simpan pengaturan'],
      [desktop, 'EN', 'Sending hour (WITA)', 'Save settings'],
    ] as const) {
      await page.setViewportSize(size);
      await page.getByRole('button', { name: lang, exact: true }).click();
      await page.getByLabel(label, { exact: true }).waitFor();
      const button = await page.getByRole('button', { name: save, exact: true }).boundingBox();
      const below = await page.locator('form + .card').first().boundingBox();
      expect((below?.y ?? 0) - ((button?.y ?? 0) + (button?.height ?? 0))).toBeGreaterThanOrEqual(12);
    }
    await page.getByRole('button', { name: 'ID', exact: true }).click();
    await page.setViewportSize(phone);
  }, 180_000);

  it("cuts no table off on a phone: the units' parts, the agreement and the trends' figures stack, each figure labelled", async () => {
    await page.setViewportSize(phone);
    await signInAs(page, base, 'kepala-dinas');
    const cut: string[] = [];
    for (const path of [
      screens.dashboard2019,
      `${webPaths.dashboard(agencyId, 2019)}/trends`,
      screens.agreement,
    ]) {
      await openScreen(page, base + path);
      // The trends' figures are folded: opened, as a reader would.
      await page.evaluate(() => {
        for (const fold of document.querySelectorAll('main details')) fold.setAttribute('open', '');
      });
      cut.push(
        ...(await page.evaluate(() =>
          [...document.querySelectorAll('main .table-scroll')]
            .filter((scroller) => scroller.scrollWidth > scroller.clientWidth + 1)
            .map(
              (scroller) =>
                `${scroller.closest('.card')?.querySelector('h2')?.textContent}: ${scroller.scrollWidth} px`,
            ),
        )),
      );
    }
    expect(cut).toEqual([]);
    // The agreement's figures read as label and value.
    const first = page.locator('tbody.indicator').first();
    expect(await first.locator('td[data-label="TW1"]').isVisible()).toBe(true);
  }, 120_000);

  it('keeps a division head signed in when the API is busy as the app opens, with a retry', async () => {
    await page.setViewportSize(phone);
    await signInAs(page, base, 'kabid-pemberdayaan');
    // The stored sign-in is checked as the app opens; a busy API answers 503 (DynamoDB Local did on a loaded machine).
    const busy = { code: 'UNAVAILABLE', message: 'Layanan sedang sibuk', issues: [], details: {} };
    await page.route('**/api/me', (route) => route.fulfill({ status: 503, json: { error: busy } }));
    await page.reload();
    const retry = page.getByRole('button', { name: 'Coba lagi' });
    await retry.waitFor();
    expect(await page.locator('.user-list').count()).toBe(0);
    await page.unroute('**/api/me');
    await retry.click();
    await page.getByRole('heading', { level: 1, name: 'Dasbor' }).waitFor();
  }, 120_000);

  it('loses nothing a division head typed when the session runs out, merges a change made elsewhere meanwhile, sends a dropped upload again as one file, removes a wrong one with why, and submits once on a double tap', async () => {
    await page.setViewportSize(phone);
    await signInAs(page, base, 'kabid-pemberdayaan');
    const form = base + webPaths.part(agencyId, year, 3, unitId);
    await openScreen(page, form);
    const field = (id: string) => page.locator(`[id="f-indicators.${id}.value"]`);
    const story = page.locator('[id="f-narratives.1.activitiesCarriedOut"]');
    await field('uep-anak-terlantar').fill('12');
    await story.fill('Bantuan UEP disalurkan kepada 12 anak terlantar.');
    // The session runs out before the autosave: the API refuses the token, the sign-in shows.
    await page.evaluate(() => sessionStorage.setItem('capaian.token', 'expired'));
    await page.getByRole('button', { name: 'Simpan draf' }).click();
    await page.getByText(/^Sesi Anda telah berakhir\. Masuk lagi untuk melanjutkan/).waitFor();
    await page.locator('[data-user-id="kabid-pemberdayaan"]').click();
    // Signed in again: the same form, with what was typed put back and saved.
    await field('uep-anak-terlantar').waitFor();
    expect(page.url()).toBe(form);
    expect(await field('uep-anak-terlantar').inputValue()).toBe('12');
    expect(await story.inputValue()).toBe('Bantuan UEP disalurkan kepada 12 anak terlantar.');
    expect(await page.locator('.typing-notice').textContent()).toMatch(/^Ketikan Anda yang belum tersimpan/);
    const status = page.locator('.sticky-actions [role="status"]');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/^Tersimpan/);

    // Meanwhile the same part is changed elsewhere (another tab, another device): one field typed
    // here too, another not.
    const parts = (await apiAs(base, 'kabid-pemberdayaan')).agencies[':agencyId'].years[':year'].quarters[
      ':quarter'
    ].parts[':unitId'];
    const param = { agencyId, year: String(year), quarter: '3', unitId };
    const { part } = await (await parts.$get({ param })).json();
    const elsewhere = [
      { indicatorId: 'uep-anak-terlantar', value: 15 },
      { indicatorId: 'lembaga-sosial-aktif', value: 30 },
    ];
    const put = await parts.$put({
      param,
      json: { revision: part.revision, entry: { realisations: elsewhere } },
    });
    expect(put.status).toBe(200);
    await field('uep-anak-terlantar').fill('13');
    await page.getByRole('button', { name: 'Simpan draf' }).click();
    const notice = page.locator('.typing-notice');
    await expect
      .poll(() => notice.textContent(), { timeout: 15_000 })
      .toMatch(/^Bagian ini diubah di tempat lain/);
    expect(await notice.locator('li a').allTextContents()).toEqual([
      expect.stringMatching(/Jumlah anak terlantar .*: “15”$/),
    ]);
    expect(await field('uep-anak-terlantar').inputValue()).toBe('13');
    expect(await field('lembaga-sosial-aktif').inputValue()).toBe('30');
    // On second thought the stored figure is the right one.
    await notice.getByRole('button', { name: 'Pakai yang tersimpan' }).click();
    expect(await field('uep-anak-terlantar').inputValue()).toBe('15');
    expect(await notice.locator('li').count()).toBe(0);
    const stored = async () => {
      const { part: now } = await (await parts.$get({ param })).json();
      return now.content.realisations.find((r) => r.indicatorId === 'uep-anak-terlantar')?.value;
    };
    await expect.poll(stored, { timeout: 15_000 }).toBe(15);
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).not.toMatch(/belum disimpan/);

    // A photo of the evidence: the connection drops while it goes up; tried again, it is one file,
    // listed as arrived.
    const evidence = page.locator('.card', { has: page.locator('.evidence-form') });
    await evidence.locator('input[type=file]').setInputFiles({
      name: 'daftar-hadir.png',
      mimeType: 'image/png',
      buffer: Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC',
        'base64',
      ),
    });
    const storage = (url: URL) => !url.pathname.startsWith('/api/');
    await page.route(storage, (route) => route.abort('internetdisconnected'));
    await evidence.getByRole('button', { name: 'Unggah' }).click();
    await evidence.getByText('Tidak dapat menghubungi server. Periksa koneksi lalu coba lagi.').waitFor();
    // Listed plainly as not arrived, never as a file to download.
    const waiting = evidence.locator('.evidence-list li', { hasText: 'daftar-hadir.png' });
    await waiting.getByText('belum sampai: unggahannya tidak selesai').waitFor();
    expect(await waiting.getByRole('button').allTextContents()).toEqual(['Unggah lagi', 'Hapus']);
    // Beside "Kirim", before it is pressed: that file will not go with the submission (not held).
    const bar = page.locator('.sticky-actions');
    const notSent = bar.getByText('1 berkas belum sampai dan tidak ikut dikirim', { exact: true });
    await notSent.waitFor();
    expect(await bar.getByRole('button', { name: 'Kirim', exact: true }).isEnabled()).toBe(true);
    expect(
      await bar.getByRole('button', { name: 'Kirim', exact: true }).getAttribute('aria-describedby'),
    ).toBe(await notSent.getAttribute('id'));
    await page.setViewportSize(desktop);
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await bar.getByText('1 file has not arrived and will not be sent', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'ID', exact: true }).click();
    await page.setViewportSize(phone);
    await page.unroute(storage);
    await evidence.getByRole('button', { name: 'Coba lagi' }).click();
    await waiting.getByRole('button', { name: 'daftar-hadir.png', exact: true }).waitFor({ timeout: 15_000 });
    await notSent.waitFor({ state: 'detached' });
    expect(await evidence.locator('.evidence-list li').count()).toBe(1);
    const listed = await (await parts.evidence.$get({ param })).json();
    expect(listed.evidence.map((file) => [file.fileName, file.arrived])).toEqual([
      ['daftar-hadir.png', true],
    ]);
    // Another, sent whole but its confirmation lost: tried again, it is confirmed, not sent twice.
    await evidence.locator('input[type=file]').setInputFiles({
      name: 'foto-kegiatan.png',
      mimeType: 'image/png',
      buffer: Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC',
        'base64',
      ),
    });
    await page.route('**/confirm', (route) => route.abort('internetdisconnected'));
    await evidence.getByRole('button', { name: 'Unggah' }).click();
    await evidence.getByText('Tidak dapat menghubungi server. Periksa koneksi lalu coba lagi.').waitFor();
    await page.unroute('**/confirm');
    // The list read after the failure has taken it in already: it is there, arrived.
    const list = evidence.locator('.evidence-list');
    await list.getByRole('button', { name: 'foto-kegiatan.png', exact: true }).waitFor({ timeout: 15_000 });
    const confirmed = page.waitForResponse((response) => response.url().endsWith('/confirm'));
    await evidence.getByRole('button', { name: 'Coba lagi' }).click();
    expect((await confirmed).status()).toBe(200);
    const files = (await (await parts.evidence.$get({ param })).json()).evidence;
    expect(files.map((file) => file.fileName)).toEqual(['daftar-hadir.png', 'foto-kegiatan.png']);

    // The second was the wrong photo: removed from beside it (a thumb's size), saying why; the list
    // without it, the part's history with it.
    const wrong = list.locator('li', { hasText: 'foto-kegiatan.png' });
    const remove = wrong.getByRole('button', { name: 'Hapus foto-kegiatan.png' });
    const target = await remove.boundingBox();
    expect(Math.min(target?.width ?? 0, target?.height ?? 0)).toBeGreaterThanOrEqual(44);
    await remove.click();
    await wrong
      .getByLabel('Mengapa dihapus? (tercatat di riwayat bagian ini)')
      .fill('Foto pribadi, salah pilih');
    expect(await sidewaysOverflow(page)).toEqual([]);
    await wrong.getByRole('button', { name: 'Hapus berkas' }).click();
    await wrong.waitFor({ state: 'detached', timeout: 15_000 });
    // An upload that never arrived goes the same way.
    await evidence.locator('input[type=file]').setInputFiles({
      name: 'salah-kirim.png',
      mimeType: 'image/png',
      buffer: Buffer.from('iVBORw0KGgo=', 'base64'),
    });
    await page.route(storage, (route) => route.abort('internetdisconnected'));
    await evidence.getByRole('button', { name: 'Unggah' }).click();
    const lost = list.locator('li', { hasText: 'salah-kirim.png' });
    await lost.getByText('belum sampai: unggahannya tidak selesai').waitFor();
    await page.unroute(storage);
    await lost.getByRole('button', { name: 'Hapus salah-kirim.png' }).click();
    await lost.getByRole('textbox').fill('Berkas salah, tidak jadi dikirim');
    await lost.getByRole('button', { name: 'Hapus berkas' }).click();
    await lost.waitFor({ state: 'detached', timeout: 15_000 });
    // Its failed upload's retry goes with it.
    expect(await evidence.getByRole('button', { name: 'Coba lagi' }).count()).toBe(0);
    const left = (await (await parts.evidence.$get({ param })).json()).evidence;
    expect(left.map((file) => file.fileName)).toEqual(['daftar-hadir.png']);
    // On a desktop and in English alike; asked and cancelled, the file stays.
    await page.setViewportSize(desktop);
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    const kept = list.locator('li', { hasText: 'daftar-hadir.png' });
    await kept.getByRole('button', { name: 'Remove daftar-hadir.png' }).click();
    await kept.getByLabel("Why remove it? (kept on this part's history)").waitFor();
    await kept.getByRole('button', { name: 'Cancel' }).click();
    await kept.getByRole('button', { name: 'Remove daftar-hadir.png' }).waitFor();
    await page.getByRole('button', { name: 'ID', exact: true }).click();
    await page.setViewportSize(phone);
    await openScreen(page, `${base}${webPaths.dashboard(agencyId, year)}/history?quarter=3&unitId=${unitId}`);
    const removal = page.locator('.timeline > li', { hasText: 'Foto pribadi, salah pilih' });
    expect(await removal.locator('strong').first().textContent()).toBe('Data dukung dihapus');
    await removal.getByText('1 nilai berubah').click();
    await removal.getByText(/^Data dukung: .+: “foto-kegiatan\.png” → –$/).waitFor();

    // Complete, submitted on a slow connection with a double tap: one submission, no error.
    const yearApi = (await apiAs(base, 'kabid-pemberdayaan')).agencies[':agencyId'].years[':year'];
    const agreement = (await (await yearApi.agreement.$get({ param })).json()).version?.agreement;
    const { part: now } = await (await parts.$get({ param })).json();
    const entry = completeEntry(agreement ?? expect.fail('no agreement'), unitId, 3);
    expect((await parts.$put({ param, json: { revision: now.revision, entry } })).status).toBe(200);
    await openScreen(page, form);
    await page.route('**/submit', (route) => setTimeout(() => void route.continue(), 1500));
    const submit = page.getByRole('button', { name: 'Kirim', exact: true });
    await submit.click();
    await page.waitForTimeout(300);
    await submit.click({ force: true, timeout: 1000 }).catch(() => {});
    await page.getByText('Bagian ini telah dikirim ke pemeriksa.').waitFor({ timeout: 15_000 });
    await page.unroute('**/submit');
    expect(await page.locator('.alert.error').count()).toBe(0);
    // Under review its files stay as they are: nothing offers to remove them.
    await page.locator('.evidence-list li', { hasText: 'daftar-hadir.png' }).waitFor();
    expect(
      await page
        .locator('.evidence-list')
        .getByRole('button', { name: /^Hapus / })
        .count(),
    ).toBe(0);
  }, 120_000);

  it('tells a division head on a phone that a file arriving after the part was submitted elsewhere was not attached, and shows the part under review', async () => {
    await page.setViewportSize(phone);
    await signInAs(page, base, 'kabid-pemberdayaan');
    // Complete (the test before submitted it): with its division head again, to add a photo.
    const { parts, param, step } = await completeWithItsHead();
    await openScreen(page, base + webPaths.part(agencyId, year, 3, unitId));
    const evidence = page.locator('.card', { has: page.getByRole('heading', { name: 'Data dukung' }) });
    await evidence.locator('input[type=file]').setInputFiles({
      name: 'terlambat.png',
      mimeType: 'image/png',
      buffer: Buffer.from('iVBORw0KGgo=', 'base64'),
    });
    // The part is submitted elsewhere (another device, the acting official) while the photo goes up.
    const storage = (url: URL) => !url.pathname.startsWith('/api/');
    await page.route(storage, async (route) => {
      await step('submit');
      await route.continue();
    });
    await evidence.getByRole('button', { name: 'Unggah' }).click();
    await evidence.getByText('Bagian ini sudah dikirim (kini Dikirim); berkas tidak dilampirkan').waitFor();
    await page.unroute(storage);
    // The screen reads the part again: under review, no more uploads, the file not listed.
    await page.getByText('Bagian ini sudah dikirim dan sedang diperiksa.', { exact: false }).waitFor();
    expect(await page.locator('.evidence-form').count()).toBe(0);
    expect(await evidence.getByText('terlambat.png').count()).toBe(0);
    const files = (await (await parts.evidence.$get({ param })).json()).evidence;
    expect(files.map((file) => file.fileName)).not.toContain('terlambat.png');
    expect(await sidewaysOverflow(page)).toEqual([]);
    await evidence.scrollIntoViewIfNeeded();
    await screenshot(page, 'late-evidence-phone');
    await page.setViewportSize(desktop);
    expect(await sidewaysOverflow(page)).toEqual([]);
    await evidence.scrollIntoViewIfNeeded();
    await screenshot(page, 'late-evidence-desktop');
  }, 60_000);

  it('holds a division head\'s "Kirim" on a phone while a photo is still going up, saying so, and submits it with the photo and what was typed once it has arrived', async () => {
    await page.setViewportSize(phone);
    await signInAs(page, base, 'kabid-pemberdayaan');
    // Complete and with its division head again (the tests before submitted it).
    const { parts, param } = await completeWithItsHead();
    await openScreen(page, base + webPaths.part(agencyId, year, 3, unitId));
    const story = page.locator('[id="f-narratives.1.activitiesCarriedOut"]');
    await story.fill('Bantuan UEP disalurkan; foto penyaluran terlampir.');
    // The photo goes up slowly: its upload is held here until let go.
    let letGo = () => {};
    const held = new Promise<void>((resolve) => {
      letGo = resolve;
    });
    const storage = (url: URL) => !url.pathname.startsWith('/api/');
    await page.route(storage, async (route) => {
      await held;
      await route.continue();
    });
    const evidence = page.locator('.card', { has: page.getByRole('heading', { name: 'Data dukung' }) });
    await evidence.locator('input[type=file]').setInputFiles({
      name: 'foto-penyaluran.png',
      mimeType: 'image/png',
      buffer: Buffer.from('iVBORw0KGgo=', 'base64'),
    });
    await evidence.getByRole('button', { name: 'Unggah' }).click();
    await evidence.getByRole('progressbar').waitFor();
    // Tapped while it goes up: "Kirim" waits, saying why; nothing is submitted, nothing typed lost.
    const bar = page.locator('.sticky-actions');
    const submit = bar.getByRole('button', { name: 'Kirim', exact: true });
    // Said as the bar's other statuses are: a status a screen reader reads out when it appears.
    await bar.getByRole('status').filter({ hasText: 'Tunggu sampai berkas selesai diunggah' }).waitFor();
    expect(await submit.isDisabled()).toBe(true);
    await submit.click({ force: true });
    expect(await sidewaysOverflow(page)).toEqual([]);
    await screenshot(page, 'submit-held-for-upload-phone');
    await page.setViewportSize(desktop);
    expect(await sidewaysOverflow(page)).toEqual([]);
    await screenshot(page, 'submit-held-for-upload-desktop');
    await page.setViewportSize(phone);
    expect((await (await parts.$get({ param })).json()).part.state).toBe('draft');
    expect(await story.inputValue()).toBe('Bantuan UEP disalurkan; foto penyaluran terlampir.');
    // Arrived: listed, the note gone, and "Kirim" sends the part with the photo and the typing.
    letGo();
    await evidence
      .getByRole('button', { name: 'foto-penyaluran.png', exact: true })
      .waitFor({ timeout: 15_000 });
    await page.unroute(storage);
    expect(await bar.getByText('Tunggu sampai berkas selesai diunggah').count()).toBe(0);
    await submit.click();
    await page.getByText('Bagian ini telah dikirim ke pemeriksa.').waitFor({ timeout: 15_000 });
    expect(await page.locator('.alert.error').count()).toBe(0);
    const { part: sent } = await (await parts.$get({ param })).json();
    expect(sent.state).toBe('submitted');
    expect(JSON.stringify(sent.content.narratives)).toContain('foto penyaluran terlampir');
    const files = (await (await parts.evidence.$get({ param })).json()).evidence;
    expect(
      files.filter((file) => file.fileName === 'foto-penyaluran.png').map((file) => file.arrived),
    ).toEqual([true]);
  }, 60_000);

  it('draws the trends on a phone, each chart with its figures in words for screen readers, in both languages', async () => {
    await page.setViewportSize(phone);
    await signInAs(page, base, 'kepala-dinas');
    await openScreen(page, `${base}${webPaths.dashboard(agencyId, 2019)}/trends`);
    const budget = page.locator('.bar-chart-plot').first();
    // uPlot comes with the first chart, then draws on a canvas as wide as the card.
    await budget.locator('canvas').waitFor({ timeout: 15_000 });
    const drawn = await budget.locator('canvas').boundingBox();
    expect(drawn?.width ?? 0).toBeGreaterThan(250);
    expect(drawn?.width ?? Number.POSITIVE_INFINITY).toBeLessThanOrEqual(phone.width);
    expect(await budget.getAttribute('aria-label')).toMatch(
      /TW4: 95,14 % dalam triwulan, 95,14 % s\.d\. triwulan/,
    );
    expect(await page.locator('main').textContent()).toContain('Rp 15.959.915.800');
    const iku = page.locator('section.trend', { hasText: 'Persentase Angka PMKS yang mandiri' });
    expect(await iku.locator('[role="img"]').getAttribute('aria-label')).toContain(
      'TW4 (s.d.): realisasi 60,35 dari target 65,74',
    );
    // Nilai AKIP is scored once, in TW4, and 2019 has no score: no figure, the reason instead of 0.
    const akip = page.locator('section.trend', { hasText: 'Nilai/Predikat AKIP' });
    expect(await akip.locator('[role="img"]').getAttribute('aria-label')).toContain(
      'TW4 (s.d.): tahunan, dinilai di TW4, target 81,57',
    );
    await akip.locator('summary').click();
    expect(await akip.locator('tbody tr').last().locator('th, td').allTextContents()).toEqual([
      'TW4 (s.d.)',
      '81,57',
      '–',
      'tahunan, dinilai di TW4',
    ]);
    await iku.evaluate((section) => section.scrollIntoView());
    await screenshot(page, 'phone-trends');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await expect.poll(() => budget.getAttribute('aria-label')).toMatch(/Q4: 95\.14% in the quarter/);
    await page.getByRole('button', { name: 'ID', exact: true }).click();
  }, 120_000);

  it("groups the head's at-risk card on a phone: by unit, the furthest from target first, the rest of a unit folded", async () => {
    await page.setViewportSize(phone);
    await signInAs(page, base, 'kepala-dinas');
    await openScreen(page, base + webPaths.dashboard(agencyId, 2019, 3));
    const card = page.locator('section.at-risk-card');
    expect(await card.locator('p', { hasText: 'indikator di' }).textContent()).toMatch(
      /^17 indikator di 3 unit/,
    );
    const groups = card.locator('section.at-risk-group');
    expect(await groups.locator('h3').allTextContents()).toEqual([
      'Bidang Pemberdayaan Sosial (11)',
      'Bidang Pelayanan dan Rehabilitasi Sosial (3)',
      'Bidang Perlindungan dan Jaminan Sosial (3)',
    ]);
    // Three of the eleven shown, eight folded until asked for.
    const first = groups.first();
    expect(await first.locator(':scope > ul > li').count()).toBe(3);
    const more = first.locator('details');
    expect(await more.locator('summary').textContent()).toBe('8 lainnya');
    expect(await more.locator('li').first().isVisible()).toBe(false);
    await card.evaluate((section) => section.scrollIntoView());
    await screenshot(page, 'phone-at-risk');
    await more.locator('summary').click();
    expect(await more.locator('li').count()).toBe(8);
    expect(await sidewaysOverflow(page)).toEqual([]);
  }, 120_000);

  it('fits every main screen of every role at 360, 390 and 1366 px wide: no sideways scrolling', async () => {
    const overflowing: string[] = [];
    for (const person of people) {
      await page.setViewportSize(phone);
      await signInAs(page, base, person);
      for (const [name, path] of Object.entries(screens)) {
        await openScreen(page, base + path);
        for (const size of [narrow, phone, desktop]) {
          await page.setViewportSize(size);
          const offenders = await sidewaysOverflow(page);
          if (offenders.length) overflowing.push(`${person} ${name} ${size.width}: ${offenders.join(', ')}`);
        }
        await page.setViewportSize(phone);
      }
    }
    expect(overflowing).toEqual([]);
  }, 600_000);

  it('has no serious or critical axe-core violation on any main screen, in Indonesian and English', async () => {
    const found: string[] = [];
    for (const lang of ['ID', 'EN']) {
      for (const [name, person] of worksThere) {
        await signInAs(page, base, person);
        await page.getByRole('button', { name: lang, exact: true }).click();
        await openScreen(page, base + screens[name]);
        for (const v of await seriousAxeViolations(page))
          found.push(
            `${lang} ${name} as ${person}: ${v.impact} ${v.id} (${v.help}) at ${v.targets.join(' | ')}`,
          );
      }
    }
    await page.getByRole('button', { name: 'ID', exact: true }).click();
    expect(found).toEqual([]);
  }, 600_000);

  it('never leaves the focused field under the sticky save bar, at either size', async () => {
    await signInAs(page, base, 'kabid-pemberdayaan');
    for (const size of [phone, desktop]) {
      await page.setViewportSize(size);
      await openScreen(page, base + screens.form);
      const hidden: string[] = [];
      await page.locator('main').focus();
      for (let stop = 0; stop < 80; stop++) {
        await page.keyboard.press('Tab');
        const under = await page.evaluate(() => {
          const focused = document.activeElement;
          const bar = document.querySelector('.sticky-actions');
          if (!focused || focused === document.body || !bar || bar.contains(focused)) return null;
          const field = focused.getBoundingClientRect();
          return field.bottom > bar.getBoundingClientRect().top + 1 ? focused.id || focused.tagName : null;
        });
        if (under) hidden.push(under);
      }
      expect(hidden, `${size.width} px`).toEqual([]);
    }
    // "+ Tambah penjelasan" by keyboard: the field it opens takes its place and the focus.
    await page.setViewportSize(phone);
    const add = page.getByRole('button', { name: '+ Tambah penjelasan' }).first();
    const indicatorId = await add.locator('xpath=ancestor::tbody').getAttribute('data-indicator-id');
    await add.focus();
    await page.keyboard.press('Enter');
    const explanation = page.locator(`tbody[data-indicator-id="${indicatorId}"] textarea`);
    await expect.poll(() => explanation.evaluate((field) => field === document.activeElement)).toBe(true);
  }, 120_000);

  it('takes a column pasted from a spreadsheet into consecutive rows after a preview; Enter moves on; "abc" stays, marked, unsaved', async () => {
    await page.setViewportSize(phone);
    await signInAs(page, base, 'kabid-pemberdayaan');
    await openScreen(page, base + webPaths.part(agencyId, year, 2, unitId));
    const fields = page.locator('input[data-entry]');
    // The unit's first indicators are ratios (two fields each); the third is a plain count.
    const count = page.locator('tbody.indicator').nth(2).locator('input[data-entry]');
    await count.focus();
    await page.evaluate(() => {
      const data = new DataTransfer();
      // As Excel puts a column on the clipboard: CRLF line ends, the last one too.
      data.setData('text/plain', '130\r\n1.250\r\nabc\r\n');
      document.activeElement?.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    });
    const preview = page.getByRole('dialog');
    await expect.poll(() => preview.locator('tbody tr').count(), { timeout: 15_000 }).toBe(3);
    expect(await preview.locator('tr.unreadable').count()).toBe(1);
    await screenshot(page, 'phone-paste-preview');
    await preview.getByRole('button', { name: 'Terapkan' }).click();
    const values = async () => {
      const all = await fields.evaluateAll((inputs) =>
        inputs.map((input) => (input as HTMLInputElement).value),
      );
      const at = await count.evaluate((input) =>
        [...document.querySelectorAll('input[data-entry]')].indexOf(input),
      );
      return all.slice(at, at + 3);
    };
    expect(await values()).toEqual(['130', '1.250', 'abc']);
    // Past the autosave pause the status still says the unreadable text is not saved.
    await page.waitForTimeout(3500);
    const status = page.locator('.sticky-actions [role="status"]');
    await expect
      .poll(() => status.textContent(), { timeout: 15_000 })
      .toMatch(/1 isian belum tersimpan \(bukan angka/);
    expect(await page.locator('[aria-invalid="true"]').count()).toBe(1);
    await count.focus();
    await page.keyboard.press('Enter');
    const next = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value);
    expect(next).toBe('1.250');
  }, 120_000);

  it("takes a deadline's day the Indonesian way in the agency's zone, in an English browser too", async () => {
    const english = await browser.newContext({
      viewport: phone,
      locale: 'en-US',
      timezoneId: 'America/New_York',
    });
    const admin = await english.newPage();
    try {
      // The region's administrator extends TW4 on the calendar (in Indonesian, the app's first language).
      await signInAs(admin, base, 'admin');
      await openScreen(admin, `${base}${webPaths.dashboard(agencyId, year)}/calendar`);
      const q4 = admin.locator('tr[data-quarter="4"]');
      await q4.getByRole('button', { name: /Perpanjang/ }).click();
      const day = admin.getByLabel('Tenggat baru');
      await day.fill(`31/02/${year + 1}`);
      await admin.getByLabel('Alasan').fill('Surat 005/12');
      await admin.getByRole('button', { name: 'Berikan perpanjangan' }).click();
      await expect
        .poll(() => admin.locator('form.extension-form').textContent(), { timeout: 15_000 })
        .toMatch(/hari\/bulan\/tahun/);
      const deadline = quarterDeadline(year, 4, nationalCalendar(year));
      const daysOff = new Set(nationalCalendar(year).holidays.map((holiday) => holiday.date));
      const later = addWorkingDays(deadline, 2, daysOff);
      await day.fill(later.split('-').reverse().join('/'));
      await admin.getByRole('button', { name: 'Berikan perpanjangan' }).click();
      const shown = formatInstant(`${later}T12:00:00+08:00`, 'weekdayDate', 'Asia/Makassar', 'id');
      await expect.poll(() => q4.textContent(), { timeout: 15_000 }).toContain(shown);
    } finally {
      await english.close();
    }
  }, 120_000);

  it("in January: a division head's home shows last year's TW4 counted down in WITA, the head's the LKj (the product started on 6 January)", async () => {
    // The same data, started again on 6 January of next year: the open year's TW4 falls due.
    const january = `${year + 1}-01-06T09:00:00+08:00`;
    expect(await restart(['--now', january])).toContain(`Clock                  started at ${january}`);
    // The browser's own clock too: the page picks its period from it.
    const context = await browser.newContext({ viewport: phone });
    await context.clock.setFixedTime(new Date(january));
    const home = await context.newPage();
    try {
      // Signed in, the app opens the home of the period being reported: in January, last year's TW4.
      await signInAs(home, base, 'kabid-pemberdayaan');
      await home.locator('.page-title .subtitle').waitFor();
      expect(new URL(home.url()).pathname).toBe(webPaths.dashboard(agencyId, year));
      expect(await home.locator('.page-title .subtitle').textContent()).toBe(`Triwulan IV tahun ${year}`);
      const tasks = home.locator('section.my-tasks');
      const tw4 = tasks.locator('li', {
        has: home.locator(`a[href$="/years/${year}/quarters/4/parts/${unitId}"]`),
      });
      await tw4.waitFor({ timeout: 15_000 });
      expect(await tw4.textContent()).toContain(`Triwulan IV ${year}`);
      // Due 11 January (two working days later since the extension above),
      // counted in the agency's zone.
      expect(await tw4.locator('.task-due').textContent()).toMatch(
        /^\d hari lagi, \w+, 1\d Jan \d\d\.\d\d WITA$/,
      );
      await screenshot(home, 'phone-january-home');
      // The head's home: the year-end, last year's LKj, due by 31 March.
      await signInAs(home, base, 'kepala-dinas');
      const lkj = home.locator('section.my-tasks li[data-task-kind="writeAnnualReport"]');
      await lkj.waitFor({ timeout: 15_000 });
      expect(await lkj.textContent()).toContain(`LKj ${year}`);
      expect(await lkj.locator('.task-due').textContent()).toMatch(
        /^8\d hari lagi, \w+, 31 Mar 23\.59 WITA$/,
      );
    } finally {
      await context.close();
    }
  }, 300_000);
});
