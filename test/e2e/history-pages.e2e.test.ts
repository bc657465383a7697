import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { auditEntity } from '../../functions/db/entities.js';
import { readRunningEnvironment } from '../../functions/local/running-environment.js';
import type { TAuditEvent } from '../../shared/model/audit.js';
import { webPaths } from '../../shared/web-paths.js';
import { desktop, phone, screenshot, signInAs, startProductForFile } from './e2e-support.js';

const agencyId = 'dinsos-hss';
const year = 2019;
const unitId = 'sekretariat';
let dataDir: string;
let page: Page;
let base: string;

startProductForFile(desktop, (started) => {
  ({ page, base, dataDir } = started);
  page.setDefaultTimeout(30_000);
});

/** 70 withdrawals of the Sekretariat's TW1 part, a minute apart in May 2019, put into the running table. */
async function storeManyEvents(): Promise<void> {
  const running = readRunningEnvironment(dataDir) ?? expect.fail('npm start left no environment');
  const documents = DynamoDBDocumentClient.from(
    new DynamoDBClient({
      region: running.AWS_REGION ?? 'ap-southeast-3',
      endpoint: running.DYNAMODB_ENDPOINT,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    }),
  );
  const events: TAuditEvent[] = Array.from({ length: 70 }, (_, i) => ({
    id: `e2e-history-${String(i).padStart(3, '0')}`,
    scope: 'agency',
    agencyId,
    year,
    subject: { kind: 'part', quarter: 1, unitId },
    action: 'withdraw',
    actorId: 'sekretaris',
    actorName: `Penarik ${i}`,
    at: new Date(Date.UTC(year, 4, 1) + i * 60_000).toISOString(),
    fromState: 'submitted',
    toState: 'draft',
    changes: [],
  }));
  for (let start = 0; start < events.length; start += 25) {
    const batch = events.slice(start, start + 25);
    await documents.send(
      new BatchWriteCommand({
        RequestItems: {
          [running.TABLE_NAME ?? '']: batch.map((event) => ({
            PutRequest: { Item: auditEntity.item(event) },
          })),
        },
      }),
    );
  }
  documents.destroy();
}

const items = () => page.locator('ol.timeline > li');
const noSidewaysScroll = () =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

describe('History, a page at a time', () => {
  it('shows the newest 50 events and the rest on "Muat lebih banyak", for the subject chosen, on a phone too', async () => {
    await storeManyEvents();
    await signInAs(page, base, 'pengamat');
    await page.goto(`${base}${webPaths.dashboard(agencyId, year)}/history?quarter=1&unitId=${unitId}`);
    await items().first().waitFor();
    expect(await items().count()).toBe(50);
    // Newest first: the last withdrawal made heads the list.
    await expect.poll(() => items().first().textContent()).toContain('Penarik 69');
    const more = page.getByRole('button', { name: 'Muat lebih banyak' });
    await more.click();
    await expect.poll(() => items().count()).toBeGreaterThan(70);
    expect(await items().nth(69).textContent()).toContain('Penarik 0');
    await more.waitFor({ state: 'detached' });
    await screenshot(page, 'history-pages-desktop', true);

    // Another quarter is a list of its own: none of the first quarter's pages.
    await page.locator('#history-quarter').selectOption('2');
    await expect.poll(() => page.locator('ol.timeline').textContent()).not.toContain('Penarik');

    // The quarter with all its parts: its newest 50 again, the button in English too.
    await page.locator('#history-quarter').selectOption('1');
    await page.locator('#history-subject').selectOption('quarter');
    await expect.poll(() => items().count()).toBe(50);
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('button', { name: 'Load more' }).click();
    await expect.poll(() => items().count()).toBeGreaterThan(70);

    await page.setViewportSize(phone);
    await page.reload();
    await items().first().waitFor();
    expect(await items().count()).toBe(50);
    await page.getByRole('button', { name: 'Load more' }).scrollIntoViewIfNeeded();
    expect(await noSidewaysScroll()).toBe(true);
    await screenshot(page, 'history-pages-phone', true);
    await page.getByRole('button', { name: 'ID', exact: true }).click();
    await page.getByRole('button', { name: 'Muat lebih banyak' }).waitFor();
  }, 150_000);
});
