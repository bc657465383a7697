import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { outboxEntity, reportFileEntity } from '../../functions/db/entities.js';
import { readRunningEnvironment } from '../../functions/local/running-environment.js';
import type { TOutboxRecord } from '../../shared/model/outbox.js';
import { apiAs, desktop, phone, screenshot, signInAs, startProductForFile } from './e2e-support.js';

const agencyId = 'dinsos-hss';
const year = 2019;
let dataDir: string;
let page: Page;
let base: string;

/** Items written into the running instance's table as the product leaves them. */
async function storeItems(items: Record<string, unknown>[]): Promise<void> {
  const running = readRunningEnvironment(dataDir) ?? expect.fail('npm start left no environment');
  const client = new DynamoDBClient({
    region: running.AWS_REGION ?? 'ap-southeast-3',
    endpoint: running.DYNAMODB_ENDPOINT,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const documents = DynamoDBDocumentClient.from(client);
  for (const item of items)
    await documents.send(new PutCommand({ TableName: running.TABLE_NAME, Item: item }));
  client.destroy();
}

/** An event that failed for good, as the outbox leaves it. */
const storeFailed = (record: TOutboxRecord) => storeItems([outboxEntity.item(record)]);

const failedFor = { state: 'failed' as const, attempts: 8, failedAt: '2019-04-08T01:20:00.000Z' };

/** An email to the verifier that failed for good. */
const storeFailedEvent = (id: string) =>
  storeFailed({
    id,
    kind: 'part.submit',
    agencyId,
    year,
    createdAt: '2019-04-08T01:00:00.000Z',
    payload: { quarter: 1, unitId: 'sekretariat', actorName: 'Sekretaris' },
    lastError: 'MessageRejected: Email address is not verified: verifikator@dinsos-hss.example',
    ...failedFor,
  });

startProductForFile(desktop, (started) => {
  ({ page, base, dataDir } = started);
  // Under load a step may take a while; one that never comes names itself within the test's time.
  page.setDefaultTimeout(30_000);
});

const noSidewaysScroll = () =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

describe('the Outbox page', () => {
  it('shows what failed with its last error; the planner retries it with a reason, on the record, on a phone too', async () => {
    await storeFailedEvent('e2e-failed-1');
    await storeFailedEvent('e2e-failed-2');

    // A reader sees what failed, with no way to retry.
    await signInAs(page, base, 'pengamat');
    await page.goto(`${base}/agencies/${agencyId}/outbox`);
    const failed = page.getByRole('region', { name: 'Yang gagal terkirim' });
    await failed.getByText('Email address is not verified').first().waitFor();
    expect(await failed.getByRole('button', { name: /^Coba lagi/ }).count()).toBe(0);

    // The planner, at a desktop: both listed, named in the domain's words.
    await signInAs(page, base, 'perencana');
    await page.getByRole('link', { name: 'Kotak keluar' }).click();
    await failed
      .getByText('Bagian diajukan: email ke verifikator · Triwulan I 2019 · Sekretariat')
      .first()
      .waitFor();
    expect(await failed.locator('tbody tr').count()).toBe(2);
    await screenshot(page, 'outbox-failed');

    // On a phone: the rows stack, nothing scrolls sideways, and the retry asks why.
    await page.setViewportSize(phone);
    expect(await noSidewaysScroll()).toBe(true);
    await failed
      .getByRole('button', { name: /^Coba lagi/ })
      .first()
      .click();
    const reason = failed.getByLabel('Mengapa dicoba lagi (tercatat)');
    await reason.fill('Alamat verifikator sudah diverifikasi di SES');
    expect(await noSidewaysScroll()).toBe(true);
    await screenshot(page, 'outbox-retry-phone', true);
    await failed.getByRole('button', { name: 'Coba lagi sekarang' }).click();
    await failed.getByText('Dimasukkan kembali ke antrean').waitFor();
    await expect.poll(() => failed.locator('tbody tr').count()).toBe(1);

    // On the record: who, when, which event, why.
    const api = await apiAs(base, 'pengamat');
    const timeline = await api.agencies[':agencyId'].years[':year'].settings.audit.$get({
      query: {},
      param: { agencyId, year: String(year) },
    });
    const { events } = await timeline.json();
    const retried = events.find((event) => event.action === 'retryOutboxEvent');
    expect(retried).toMatchObject({
      actorId: 'perencana',
      reason: 'Alamat verifikator sudah diverifikasi di SES',
      fromState: 'failed',
      toState: 'pending',
    });
    expect(['e2e-failed-1', 'e2e-failed-2']).toContain(
      retried?.subject.kind === 'outbox' ? retried.subject.eventId : undefined,
    );
  }, 150_000);

  it("shows the region's own failed events on the region's page, not the agency's; the Bappeda retries one on a phone, on the region's record", async () => {
    await storeFailed({
      id: 'e2e-region-failed',
      kind: 'regionReports.regenerate',
      scope: 'region',
      regionId: 'kab-hss',
      year,
      createdAt: '2019-04-08T01:00:00.000Z',
      payload: {
        regionId: 'kab-hss',
        quarter: 1,
        locale: 'en',
        requestedBy: { id: 'admin-bappeda', name: 'Admin Bappeda' },
      },
      lastError: 'AccessDenied: the reports bucket refused the put',
      ...failedFor,
    });
    await page.setViewportSize(phone);
    await signInAs(page, base, 'perencana');
    await page.goto(`${base}/agencies/${agencyId}/outbox`);
    const failed = page.getByRole('region', { name: 'Yang gagal terkirim' });
    await failed.getByText('Email address is not verified').first().waitFor();
    expect(await failed.getByText('reports bucket refused').count()).toBe(0);

    await signInAs(page, base, 'admin-bappeda');
    await page.goto(`${base}/regions/kab-hss/years/${year}`);
    const regionFailed = page.getByRole('region', { name: 'Yang gagal terkirim' });
    await regionFailed.getByText('Berkas wilayah dalam bahasa Inggris · Triwulan I 2019').waitFor();
    await regionFailed.getByRole('button', { name: /^Coba lagi/ }).click();
    await regionFailed
      .getByLabel('Mengapa dicoba lagi (tercatat)')
      .fill('Izin bucket laporan sudah diperbaiki');
    expect(await noSidewaysScroll()).toBe(true);
    await regionFailed.scrollIntoViewIfNeeded();
    await screenshot(page, 'region-outbox-retry-phone');
    await regionFailed.getByRole('button', { name: 'Coba lagi sekarang' }).click();
    await regionFailed.getByText('Dimasukkan kembali ke antrean').waitFor();
    await regionFailed.getByText('Tidak ada yang gagal.').waitFor();

    // On the region's record, which the Inspektorat reads too.
    await signInAs(page, base, 'inspektorat');
    await page.goto(`${base}/regions/kab-hss/years/${year}`);
    const record = page.getByRole('region', { name: 'Catatan wilayah' });
    await record.getByText('Peristiwa yang gagal dicoba lagi').waitFor();
    await record.getByText('Alasan: Izin bucket laporan sudah diperbaiki').waitFor();
    expect(await noSidewaysScroll()).toBe(true);
  }, 150_000);

  it('lists a long outage\'s failures 50 at a time, the latest first, "Muat lebih banyak" for the rest, at 390 and 1.366 px, in both languages', async () => {
    const outage = Date.parse('2019-07-08T00:00:00.000Z');
    await storeItems(
      Array.from({ length: 60 }, (_, i) =>
        outboxEntity.item({
          id: `e2e-outage-${String(i).padStart(2, '0')}`,
          kind: 'part.submit',
          agencyId,
          year,
          createdAt: new Date(outage + i * 60_000).toISOString(),
          payload: { quarter: 2, unitId: 'sekretariat' },
          lastError: `Throttling: Maximum sending rate exceeded (${i})`,
          ...failedFor,
          failedAt: new Date(outage + i * 60_000 + 1_200_000).toISOString(),
        }),
      ),
    );
    // With any the tests before left failed: every one is listed, once.
    const api = await apiAs(base, 'perencana');
    let total = 0;
    for (let cursor: string | undefined, first = true; first || cursor; first = false) {
      const answer = await api.agencies[':agencyId'].outbox.failed.$get({
        param: { agencyId },
        query: { cursor },
      });
      const { events, nextCursor } = await answer.json();
      total += events.length;
      cursor = nextCursor;
    }
    expect(total).toBeGreaterThanOrEqual(60);
    const failed = page.getByRole('region', { name: 'Yang gagal terkirim' });
    for (const size of [phone, desktop]) {
      await page.setViewportSize(size);
      await signInAs(page, base, 'perencana');
      await page.goto(`${base}/agencies/${agencyId}/outbox`);
      // The latest failure at the top: the outage's last.
      await failed.getByText('(59)').waitFor();
      expect(await failed.locator('tbody tr').count()).toBe(50);
      expect(await failed.locator('tbody tr').first().textContent()).toContain('(59)');
      expect(await noSidewaysScroll()).toBe(true);
      const more = failed.getByRole('button', { name: 'Muat lebih banyak' });
      if (size === phone) {
        await more.scrollIntoViewIfNeeded();
        await screenshot(page, 'outbox-load-more-phone');
      }
      await more.click();
      await expect.poll(() => failed.locator('tbody tr').count()).toBe(total);
      expect(await failed.getByRole('button', { name: 'Muat lebih banyak' }).count()).toBe(0);
      await failed.getByText('exceeded (0)').waitFor();
      expect(await noSidewaysScroll()).toBe(true);
    }
    // In English at a phone: the same page, its button in English.
    await page.setViewportSize(phone);
    await page.reload();
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    const inEnglish = page.getByRole('region', { name: 'What failed to go out' });
    await inEnglish.getByText('The latest failure at the top.', { exact: false }).waitFor();
    await inEnglish.getByRole('button', { name: 'Load more' }).click();
    await expect.poll(() => inEnglish.locator('tbody tr').count()).toBe(total);
    expect(await noSidewaysScroll()).toBe(true);
    await page.getByRole('button', { name: 'ID', exact: true }).click();
  }, 150_000);
});

describe('the report files page', () => {
  it('lists each report once, its latest version, the older ones under it on request, at 390 and 1.366 px, in both languages', async () => {
    // TW3 2019's files as npm start made them (version 1 of 14 reports), then its table made
    // again twice more: versions 2 and 3 of the agency-wide performance table, XLSX and PDF.
    const api = await apiAs(base, 'pengamat');
    const listed = async () =>
      (
        await (
          await api.agencies[':agencyId'].years[':year'].reports.$get({
            param: { agencyId, year: String(year) },
            query: { quarter: '3' },
          })
        ).json()
      ).files;
    await expect.poll(async () => (await listed()).length, { timeout: 60_000 }).toBe(14);
    const first = (await listed()).find(
      (f) => f.kind === 'performance' && f.unitId === null && f.locale === 'id' && f.format === 'xlsx',
    );
    if (!first) return expect.fail('npm start made no TW3 performance table');
    const again = (version: number, format: 'xlsx' | 'pdf') => {
      const fileName = `e2e-tw3-kinerja-v${version}.${format}`;
      const { id: _id, olderVersions: _older, ...record } = first;
      return reportFileEntity.item({
        ...record,
        format,
        version,
        fileName,
        objectKey: `e2e/${fileName}`,
        eventId: `e2e-files-${version}`,
        generatedAt: new Date(Date.parse('2019-10-10T02:00:00.000Z') + version * 3_600_000).toISOString(),
      });
    };
    await storeItems([2, 3].flatMap((version) => [again(version, 'xlsx'), again(version, 'pdf')]));
    const rows = page.locator('.report-table tbody tr');
    const older = page.locator('.report-table tbody tr.older-version');
    const xlsx = page.locator('tr[data-file-name="e2e-tw3-kinerja-v3.xlsx"]');
    for (const size of [phone, desktop]) {
      await page.setViewportSize(size);
      await signInAs(page, base, 'pengamat');
      await page.goto(`${base}/agencies/${agencyId}/years/${year}/reports?quarter=3`);
      await xlsx.waitFor();
      expect(await rows.count()).toBe(14);
      await xlsx.getByRole('button', { name: 'Tampilkan 2 versi lama' }).click();
      await expect.poll(() => older.count()).toBe(2);
      expect(await older.evaluateAll((all) => all.map((row) => row.getAttribute('data-file-name')))).toEqual([
        'e2e-tw3-kinerja-v2.xlsx',
        first.fileName,
      ]);
      // Right under their latest.
      expect(await xlsx.evaluate((row) => row.nextElementSibling?.getAttribute('data-file-name'))).toBe(
        'e2e-tw3-kinerja-v2.xlsx',
      );
      expect(await noSidewaysScroll()).toBe(true);
      if (size === phone) {
        await xlsx.scrollIntoViewIfNeeded();
        await screenshot(page, 'reports-older-phone');
      }
      await xlsx.getByRole('button', { name: 'Sembunyikan versi lama' }).click();
      await expect.poll(() => older.count()).toBe(0);
    }
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    const pdf = page.locator('tr[data-file-name="e2e-tw3-kinerja-v3.pdf"]');
    await pdf.getByRole('button', { name: 'Show 2 older versions' }).click();
    await expect.poll(() => older.count()).toBe(2);
    expect(await noSidewaysScroll()).toBe(true);
    await page.getByRole('button', { name: 'ID', exact: true }).click();
  }, 150_000);
});
