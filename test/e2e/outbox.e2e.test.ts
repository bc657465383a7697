import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { outboxEntity } from '../../functions/db/entities.js';
import { readRunningEnvironment } from '../../functions/local/running-environment.js';
import type { TOutboxRecord } from '../../shared/model/outbox.js';
import { apiAs, desktop, phone, screenshot, signInAs, startProductForFile } from './e2e-support.js';

const agencyId = 'dinsos-hss';
const year = 2019;
let dataDir: string;
let page: Page;
let base: string;

/** An event that failed for good, written into the running instance's table as the outbox leaves it. */
async function storeFailed(record: TOutboxRecord): Promise<void> {
  const running = readRunningEnvironment(dataDir) ?? expect.fail('npm start left no environment');
  const client = new DynamoDBClient({
    region: running.AWS_REGION ?? 'ap-southeast-3',
    endpoint: running.DYNAMODB_ENDPOINT,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  await DynamoDBDocumentClient.from(client).send(
    new PutCommand({ TableName: running.TABLE_NAME, Item: outboxEntity.item(record) }),
  );
  client.destroy();
}

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
});
