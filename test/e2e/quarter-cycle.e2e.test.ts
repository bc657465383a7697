import { statSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { inspectPdf } from '../../functions/reports/pdf/pdf-check.fixture.js';
import { formatNumber } from '../../shared/calc/format.js';
import type { TAgreementVersion } from '../../shared/model/agreement.js';
import { entryUnitId, indicatorPlaces } from '../../shared/model/agreement-indicators.js';
import { targetValue } from '../../shared/model/indicator.js';
import { webPaths } from '../../shared/web-paths.js';
import { completeEntry } from '../support/fill-part.js';
import { apiAs, byId, desktop, openYear, screenshot, signInAs, startProductForFile } from './e2e-support.js';
import { ownFile, savePdfPage } from './report-downloads.js';

// The demo data opens the agency's current year.
const year = openYear;
const agencyId = 'dinsos-hss';
const unitId = 'pemberdayaan-sosial';
const others = {
  sekretariat: 'sekretaris',
  'pelayanan-rehabilitasi': 'kabid-rehabilitasi',
  'perlindungan-jaminan': 'kabid-perlindungan',
};
const yearParam = { agencyId, year: String(year) };
const yearApi = async (userId: string) => (await apiAs(base, userId)).agencies[':agencyId'].years[':year'];
// The part's one address: the form for its division head, the review for the verifier (as e-mails link).
const partPage = (quarter: 1 | 2 | 4) => webPaths.part(agencyId, year, quarter, unitId);

let page: Page;
let base: string;
startProductForFile(desktop, (product) => {
  ({ page, base } = product);
  // The head confirms the sign-off in a dialog.
  page.on('dialog', (dialog) => void dialog.accept());
});

const id = (n: number) => formatNumber(n, { locale: 'id', maxDecimals: 10 });

async function agreement(): Promise<TAgreementVersion> {
  const body = await (await (await yearApi('pengamat')).agreement.$get({ param: yearParam })).json();
  return body.version?.agreement ?? expect.fail('none in force');
}

/** The app path an e-mail (from local mode's outbox) links to, waiting for the outbox to send it. */
async function emailLink(subjectStart: string): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(
      async () => {
        const outbox = await (await apiAs(base, 'pengamat')).dev.outbox.$get();
        if (outbox.status !== 200) throw new Error(`outbox: ${outbox.status}`);
        const { messages } = await outbox.json();
        const html = messages.find((message) => message.subject.startsWith(subjectStart))?.html ?? '';
        link = /href="(https?:\/\/[^"]*\/agencies\/[^"]+)"/.exec(html)?.[1];
        return link;
      },
      { timeout: 15_000 },
    )
    .toBeDefined();
  return new URL(link ?? '').pathname;
}

describe('the quarter in the browser', () => {
  it('a division head fills and submits Q1, is returned one indicator, fixes it; all verified; signed off; the files download', async () => {
    const pk = await agreement();
    const places = indicatorPlaces(pk).filter((place) => entryUnitId(place) === unitId);
    const entry = completeEntry(pk, unitId, 1);
    // The indicator the test reports low first (so an explanation is required) and the verifier returns.
    const low = places.find((p) => !p.indicator.ratio && targetValue(p.indicator.quarterTargets[0]) > 0);
    if (!low) throw new Error('no plain indicator with a Q1 target');
    const lowTarget = targetValue(low.indicator.quarterTargets[0]);

    // Division head: the form, its problems listed and linked, then filled in.
    await signInAs(page, base, 'kabid-pemberdayaan');
    await page.goto(`${base}${partPage(1)}`);
    await page.getByRole('button', { name: 'Kirim', exact: true }).click();
    const summary = page.locator('.issue-summary');
    await expect.poll(() => summary.locator('li').count()).toBeGreaterThanOrEqual(places.length);
    await summary.locator('li a').first().click();
    expect(await page.evaluate(() => document.activeElement?.id)).toMatch(/^f-indicators\..+\.value$/);

    for (const realisation of entry.realisations) {
      const field = `f-indicators.${realisation.indicatorId}`;
      if (realisation.numerator !== undefined) {
        await byId(page, `${field}.value`).fill(id(realisation.numerator));
        await byId(page, `${field}.denominator`).fill(id(realisation.denominator ?? 0));
      } else {
        const value = realisation.indicatorId === low.indicator.id ? lowTarget / 2 : (realisation.value ?? 0);
        await byId(page, `${field}.value`).fill(id(value));
      }
    }
    // Half the target: the achievement shows at once and an explanation becomes required.
    const lowRow = page.locator(`tbody[data-indicator-id="${low.indicator.id}"]`);
    await expect.poll(() => lowRow.textContent()).toContain('50,00 %');
    await byId(page, `f-indicators.${low.indicator.id}.explanation`).fill(
      'Kegiatan baru dimulai akhir Maret.',
    );
    for (const line of entry.budget)
      await byId(page, `f-activities.${line.activityCode}.amount`).fill(id(line.amount));
    for (const narrative of entry.narratives)
      await byId(page, `f-narratives.${narrative.programCode}.activitiesCarriedOut`).fill(
        narrative.activitiesCarriedOut,
      );
    await expect.poll(() => summary.locator('li').count()).toBe(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'quarter-form');
    await page.getByRole('button', { name: 'Kirim', exact: true }).click();
    await page.getByText('Bagian ini telah dikirim ke pemeriksa.').waitFor();

    // The other three units, quickly through the API.
    for (const [other, head] of Object.entries(others)) {
      const partApi = (await yearApi(head)).quarters[':quarter'].parts[':unitId'];
      const param = { ...yearParam, quarter: '1', unitId: other };
      const saved = await partApi.$put({ param, json: { revision: 1, entry: completeEntry(pk, other, 1) } });
      expect(saved.status).toBe(200);
      const submit = { param: { ...param, transition: 'submit' as const }, json: { revision: 2 } };
      expect((await partApi[':transition'].$post(submit)).status).toBe(200);
    }

    const focusedText = () => page.evaluate(() => document.activeElement?.textContent?.trim());

    // Verifier: returns the low indicator with a comment.
    await signInAs(page, base, 'verifikator');
    await page.goto(`${base}${partPage(1)}`);
    // Returned with no comment at all: refused, and the focus on the comment that says why.
    await page.getByRole('button', { name: 'Kembalikan', exact: true }).click();
    await page.getByText('tulis apa yang perlu diperbaiki').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('review-comment');
    const lowComment = page.locator(`[id="comment-${low.indicator.id}"]`);
    await lowComment.fill('Mohon lampirkan daftar penerima; angka tampak terlalu rendah.');
    // Reloaded before deciding (asked first): the comment typed is put back.
    await page.reload();
    await page.getByText('Ketikan Anda yang belum tersimpan dipulihkan.').waitFor();
    expect(await lowComment.inputValue()).toBe(
      'Mohon lampirkan daftar penerima; angka tampak terlalu rendah.',
    );
    await page.locator('#review-comment').fill('Periksa kembali indikator yang diberi catatan.');
    await page.locator(`tbody[data-indicator-id="${low.indicator.id}"]`).scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 180));
    await screenshot(page, 'verification');
    await page.getByRole('button', { name: 'Kembalikan', exact: true }).click();
    await page.getByText('Bagian ini telah dikembalikan dengan catatan.').waitFor();

    // Division head: follows the e-mail's link to the form, sees the comment beside the
    // indicator, fixes the value, resubmits.
    const formLink = await emailLink('Dikembalikan untuk perbaikan');
    expect(formLink).toBe(partPage(1));
    await signInAs(page, base, 'kabid-pemberdayaan');
    await page.goto(`${base}${formLink}`);
    await page.getByText('Mohon lampirkan daftar penerima').waitFor();
    await byId(page, `f-indicators.${low.indicator.id}.value`).fill(id(lowTarget));
    await byId(page, `f-indicators.${low.indicator.id}.explanation`).fill('');
    await page.getByRole('button', { name: 'Kirim', exact: true }).click();
    await page.getByText('Bagian ini telah dikirim ke pemeriksa.').waitFor();
    // The button gone or disabled, the focus is on what it did: a keyboard goes on from there.
    await expect.poll(focusedText).toBe('Bagian ini telah dikirim ke pemeriksa.');

    // Verifier: verifies the division's part in the browser, the other three through the API.
    await signInAs(page, base, 'verifikator');
    await page.goto(`${base}${partPage(1)}`);
    await page.getByRole('button', { name: 'Verifikasi', exact: true }).click();
    await page.getByText('Bagian ini telah diverifikasi.').waitFor();
    await expect.poll(focusedText).toBe('Bagian ini telah diverifikasi.');
    const verifier = (await yearApi('verifikator')).quarters[':quarter'].parts[':unitId'];
    for (const other of Object.keys(others)) {
      const verified = await verifier[':transition'].$post({
        param: { ...yearParam, quarter: '1', unitId: other, transition: 'verify' },
        json: { revision: 3 },
      });
      expect(verified.status).toBe(200);
    }

    // Head: signs the quarter off.
    await signInAs(page, base, 'kepala-dinas');
    await page.goto(`${base}${webPaths.quarter(agencyId, year, 1)}`);
    await page.getByRole('button', { name: 'Sahkan triwulan' }).click();
    await page.getByText('Triwulan ini telah disahkan dan terkunci.').waitFor();
    await expect.poll(focusedText).toBe('Triwulan ini telah disahkan dan terkunci.');
    await screenshot(page, 'sign-off');
    await page.goto(`${base}${webPaths.dashboard(agencyId, year, 1)}`);
    await page.locator('.chart-table').waitFor();
    await expect.poll(() => page.locator('.stats').textContent()).toContain('100,00 %');
    await screenshot(page, 'dashboard');

    // The sign-off generates the report files in the background; they are listed and download.
    await page.goto(`${base}${webPaths.reports(agencyId, year, 1)}`);
    const xlsx = page.locator('tr[data-file-name$=".xlsx"]').first();
    await xlsx.waitFor({ timeout: 60_000 });
    // Each says which sign-off it was made from: who signed, when, the quarter's first.
    expect(await xlsx.textContent()).toMatch(
      /Disahkan oleh .+, \d{1,2} \w+ \d{4}, \d\d\.\d\d WITA \(pengesahan ke-1\)/,
    );
    await screenshot(page, 'reports');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      xlsx.getByRole('button', { name: 'Unduh' }).click(),
    ]);
    const saved = await download.path();
    expect(statSync(saved).size).toBeGreaterThan(1000);

    // Local mode's outbox page lists the workflow e-mails the cycle sent.
    await page.getByRole('link', { name: 'Kotak keluar' }).click();
    await page.locator('.outbox-list').waitFor();
    const outbox = page.locator('.outbox-list');
    await expect.poll(() => outbox.textContent()).toContain('Siap diverifikasi: ');
    expect(await outbox.textContent()).toContain('Dikembalikan untuk perbaikan: ');
  }, 150_000);

  it("the seed year's table of a unit is the report README shows (its first page)", async () => {
    const pdf = await ownFile(base, agencyId, 2019, 4, {
      kind: 'performance',
      format: 'pdf',
      locale: 'id',
      unitId: 'pemberdayaan-sosial',
    });
    const { text } = await inspectPdf(pdf);
    expect(text).toContain('TABEL CAPAIAN KINERJA TRIWULAN IV TAHUN 2019');
    expect(text).toContain('Bidang Pemberdayaan Sosial');
    expect(text).toContain('Capaian s.d. Triwulan (%)');
    await savePdfPage(pdf, 1, 'report-pdf', 80);
  });

  it('does not let the head of another unit open a form', async () => {
    await signInAs(page, base, 'kabid-rehabilitasi');
    await page.goto(`${base}${partPage(2)}`);
    // The part's address shows them the part read-only, saying why.
    await page.getByText('Anda tidak dapat mengisi bagian ini').waitFor();
    await page.locator('.review-table').waitFor();
    expect(await page.locator('input, textarea').count()).toBe(0);
    // The API agrees: writing another unit's part is forbidden.
    const partApi = (await yearApi('kabid-rehabilitasi')).quarters[':quarter'].parts[':unitId'];
    const param = { ...yearParam, quarter: '2', unitId };
    expect((await partApi.$put({ param, json: { revision: 1, entry: {} } })).status).toBe(403);
  });

  it('the planner adds an activity with its indicator and budget to a revision', async () => {
    const activityName =
      'Pendampingan dan pemberdayaan keluarga penerima manfaat Program Keluarga Harapan menuju keluarga sejahtera mandiri';
    const indicatorName =
      'Persentase keluarga penerima manfaat Program Keluarga Harapan (PKH) yang didampingi hingga mampu memenuhi kebutuhan dasarnya secara mandiri';
    await signInAs(page, base, 'perencana');
    await page.goto(`${base}${webPaths.agreement(agencyId, year)}`);
    await page.getByRole('button', { name: 'Mulai revisi (PK Perubahan)' }).click();
    await page.getByRole('button', { name: 'Tambah kegiatan (Program 1)' }).click();
    // The new activity is numbered after the program's last (1.5 in the demo) and its name has the focus.
    await page.keyboard.type(activityName);
    await page.getByLabel('Anggaran (Rp) 1.6').fill('25.000.000');
    await page.getByRole('button', { name: 'Tambah indikator (Kegiatan 1.6)' }).click();
    await page.keyboard.type(indicatorName);
    // Reloaded before saving (asked first; a phone may drop the tab unasked): the typing is put back.
    await page.reload();
    await page.getByText(/^Ketikan Anda yang belum tersimpan \(.*\) dipulihkan/).waitFor();
    expect(await page.getByLabel('Anggaran (Rp) 1.6').inputValue()).toBe('25.000.000');
    expect(await page.getByLabel('Indikator 1.6.a', { exact: true }).inputValue()).toBe(indicatorName);
    const warning = page.locator('.alert.warning');
    await expect.poll(() => warning.textContent()).toContain('1 hal'); // its unit (satuan) is still blank
    await page.getByLabel('Satuan 1.6.a').fill('Keluarga');
    // Families are counted: the kind of number follows the unit unless the planner picks another.
    expect(await page.getByLabel('Jenis angka 1.6.a').inputValue()).toBe('count');
    await page.getByLabel('Target tahunan 1.6.a').fill('40');
    for (const q of [1, 2, 3]) await page.getByLabel(`TW${q} 1.6.a`).fill('10');
    // Q4 still 0: the sum rule is named beside the indicator, in the reader's language.
    await page.getByText('jumlah target TW1–TW4 (30) harus sama dengan target tahunan (40)').waitFor();
    await page.getByLabel('TW4 1.6.a').fill('10');
    await expect.poll(() => warning.count()).toBe(0);
    // At 1366 px the new indicator's name has the room its unit's and targets' fields leave (286 px
    // before), and the long names are read whole as they are edited: their fields wrap, none cut.
    const indicatorField = page.getByLabel('Indikator 1.6.a', { exact: true });
    expect((await indicatorField.boundingBox())?.width).toBeGreaterThan(350);
    for (const field of [indicatorField, page.getByLabel('Nama Kegiatan 1.6')]) {
      expect(
        await field.evaluate((f) => [f.scrollWidth - f.clientWidth, f.scrollHeight - f.clientHeight]),
      ).toEqual([0, 0]);
    }
    await page.locator('tbody[data-indicator-id^="indikator-"]').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 120));
    await screenshot(page, 'agreement-editor');
    await page.getByRole('button', { name: 'Simpan draf' }).click();
    await page.getByText('Ada perubahan yang belum disimpan').waitFor({ state: 'detached' });

    const planner = (await yearApi('perencana')).agreement;
    const body = await (await planner.$get({ param: yearParam })).json();
    const { version } = body.versions.find((v) => v.state === 'draft') ?? expect.fail('no draft');
    const asked = { param: { ...yearParam, version: String(version) } };
    const draft = (await (await planner.versions[':version'].$get(asked)).json()).version?.agreement;
    const activity = draft?.activities.find((a) => a.code === '1.6') ?? expect.fail('no activity 1.6');
    expect(activity).toMatchObject({
      programCode: '1',
      name: activityName,
      budget: 25_000_000,
      unitId: 'pemberdayaan-sosial',
    });
    expect(activity.indicators).toEqual([
      expect.objectContaining({
        code: '1.6.a',
        name: indicatorName,
        unit: 'Keluarga',
        numberKind: 'count',
        target: 40,
        quarterTargets: [10, 10, 10, 10],
      }),
    ]);
    expect(activity.indicators[0]?.id).toMatch(/^indikator-[a-z0-9]{8}$/);
  }, 90_000);

  it('the planner is told at each field what to fix, in plain words, before anything is sent', async () => {
    await signInAs(page, base, 'perencana');
    const sent: string[] = [];
    const listen = (request: { method(): string; url(): string }) => {
      if (request.method() !== 'GET') sent.push(`${request.method()} ${new URL(request.url()).pathname}`);
    };
    page.on('request', listen);
    await page.goto(`${base}/agencies/${agencyId}/years/${year}/settings`);
    await page.getByLabel('Hari sebelum jatuh tempo (pisahkan dengan koma)').fill('7, x');
    await page.getByRole('button', { name: 'Simpan pengaturan' }).click();
    const days = page.locator('.field', { hasText: 'Hari sebelum jatuh tempo' });
    await days.getByText('harus berupa angka').waitFor();

    // An empty new user: every missing field named under it, no PUT …/users/ answered 404.
    await page.getByRole('button', { name: 'Tambah pengguna' }).click();
    await page.getByRole('button', { name: 'Simpan pengguna' }).click();
    const errors = page.locator('form.user-form .field-error');
    await expect
      .poll(() => errors.allTextContents())
      .toEqual(['alamat email tidak valid', 'wajib diisi', 'wajib diisi', 'pilih paling sedikit 1']);
    page.off('request', listen);
    expect(sent).toEqual([]);
  });

  it('a figure far above its target is questioned; its division head confirms it and submits; the verifier and the history see it flagged', async () => {
    const pk = await agreement();
    const far =
      indicatorPlaces(pk).find(
        (p) =>
          entryUnitId(p) === unitId && !p.indicator.ratio && targetValue(p.indicator.quarterTargets[1]) > 0,
      )?.indicator ?? expect.fail('no plain indicator with a Q2 target');
    const target = targetValue(far.quarterTargets[1]);
    // The rest of Q2 on target through the API; the one figure typed in the browser.
    const partApi = (await yearApi('kabid-pemberdayaan')).quarters[':quarter'].parts[':unitId'];
    const param = { ...yearParam, quarter: '2', unitId };
    const entry = completeEntry(pk, unitId, 2);
    expect((await partApi.$put({ param, json: { revision: 1, entry } })).status).toBe(200);

    await signInAs(page, base, 'kabid-pemberdayaan');
    await page.goto(`${base}${partPage(2)}`);
    const row = page.locator(`tbody[data-indicator-id="${far.id}"]`);
    await byId(page, `f-indicators.${far.id}.value`).fill(id(target * 10));
    const question = `Periksa kembali: ${id(target * 10)} jauh di atas target ${id(target)}`;
    await row.getByText(question).waitFor();
    await byId(page, `f-indicators.${far.id}.explanation`).fill('Bantuan tambahan dari provinsi.');
    // Not sent while the question stands: the summary names it.
    await page.getByRole('button', { name: 'Kirim', exact: true }).click();
    await page.locator('.issue-summary').getByText(question).waitFor();
    await row.getByLabel('Angka ini benar').check();
    await expect.poll(() => page.locator('.issue-summary li').count()).toBe(0);
    await page.getByRole('button', { name: 'Kirim', exact: true }).click();
    await page.getByText('Bagian ini telah dikirim ke pemeriksa.').waitFor();

    // The verifier sees the figure flagged, and that its division head confirmed it; so does the history.
    await signInAs(page, base, 'verifikator');
    await page.goto(`${base}${partPage(2)}`);
    const flag = `⚠ ${question} (dikonfirmasi oleh pengisi)`;
    await page.locator(`tbody[data-indicator-id="${far.id}"] .implausible`).getByText(flag).waitFor();
    await page.locator('#main').getByRole('link', { name: 'Riwayat' }).click();
    await page.getByText(`⚠ ${far.code}: ${question} (dikonfirmasi oleh pengisi)`).waitFor();
  }, 120_000);

  it("a ratio's year parts are entered with TW4 and the year computed from them; the sign-off table labels both achievements", async () => {
    const pk = await agreement();
    const ratio =
      indicatorPlaces(pk).find((p) => entryUnitId(p) === unitId && p.indicator.ratio)?.indicator ??
      expect.fail('no ratio indicator');
    await signInAs(page, base, 'kabid-pemberdayaan');
    await page.goto(`${base}${partPage(4)}`);
    // The seed's main IKU in TW4: the quarter's 1.022 of 16.982, the year's 10.249 of 16.982 (the LKj's).
    const field = `f-indicators.${ratio.id}`;
    await byId(page, `${field}.value`).fill('1.022');
    await byId(page, `${field}.denominator`).fill('16.982');
    await byId(page, `${field}.yearParts-n`).fill('10.249');
    await byId(page, `${field}.yearParts-d`).fill('16.982');
    // To date, the year's 60,35 % against its target of 65,74 %, whatever the quarters add up to.
    const row = page.locator(`tbody[data-indicator-id="${ratio.id}"]`);
    await expect.poll(() => row.textContent()).toContain('91,80 %');
    await page.getByText(/^Tersimpan /).waitFor();
    const { part } = await (
      await (
        await yearApi('kabid-pemberdayaan')
      ).quarters[':quarter'].parts[':unitId'].$get({
        param: { ...yearParam, quarter: '4', unitId },
      })
    ).json();
    expect(part.content.realisations.find((r) => r.indicatorId === ratio.id)).toMatchObject({
      numerator: 1022,
      denominator: 16_982,
      yearParts: { numerator: 10_249, denominator: 16_982 },
    });

    // The seed's 2019 TW4, signed off: its sign-off table labels each quarter's own achievement and
    // the achievement to date, and says the year read from the year's parts beside its quarters' sum.
    await page.goto(`${base}${webPaths.quarter(agencyId, 2019, 4)}`);
    await page.getByRole('columnheader', { name: 'Capaian TW4 (%)', exact: true }).waitFor();
    await page.getByRole('columnheader', { name: 'Capaian s.d. TW4 (%)', exact: true }).waitFor();
    const notes = page.locator('p.year-parts');
    await notes.first().waitFor();
    expect(await notes.allTextContents()).toEqual([
      'IKU-3: realisasi tahun 10.249 / 16.982 = 60,35 % (dari pembilang dan penyebut setahun); jumlah triwulan 60,29 %, selisih 0,06',
      // Its quarters add up to the same 6,06 %: no "selisih -0".
      '1.a: realisasi tahun 705 / 11.638 = 6,06 % (dari pembilang dan penyebut setahun)',
    ]);
    // IKU-1 has no TW4 realisation yet 97,02 % to date: TW2's 22,8 against TW4's 23,5, which its
    // realisation cell names under the "–".
    const index = page.getByRole('row').filter({ hasText: 'Indeks Reformasi Birokrasi' });
    expect(await index.locator('td[data-label="Realisasi"]').innerText()).toBe('–\n22,8 dari TW2');
    expect(await index.locator('td[data-label="Capaian s.d. TW4 (%)"]').innerText()).toBe('97,02 %');
  }, 90_000);
});
