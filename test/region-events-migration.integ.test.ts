import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { listOutboxRetries, listRegionAuditEvents } from '../functions/db/audit.js';
import { documents, dynamodb, tableName } from '../functions/db/client.js';
import { auditEntity, outboxEntity } from '../functions/db/entities.js';
import { getOutboxRecord, listFailedOutboxEvents } from '../functions/db/outbox.js';
import { scanItems, type TRawItem } from '../functions/db/table-scan.js';
import { scopeRegionEvents } from '../functions/migrations/region-events-scope.js';
import { withSeededStore } from './support/seeded-store.js';

withSeededStore();

const failedAt = '2026-12-02T18:05:00.000Z';
/** As the English-files request was stored from 2026-12-02 17:27 until scopes: the region's id as an agency's. */
const oldRequest = {
  id: 'english-q1',
  kind: 'regionReports.regenerate',
  agencyId: 'kab-hss',
  year: 2019,
  createdAt: '2026-12-02T18:00:00.000Z',
  payload: { quarter: 1, locale: 'en', requestedBy: 'admin-bappeda' },
  state: 'failed' as const,
  attempts: 5,
  lastError: 'S3 unreachable',
  failedAt,
};
/** The administrator put it back in line then: on the record of "agency" kab-hss. */
const oldRetry = {
  id: 'retry-1',
  agencyId: 'kab-hss',
  year: 2019,
  subject: { kind: 'outbox' as const, eventId: 'english-q1' },
  action: 'retryOutboxEvent',
  actorId: 'admin',
  actorName: 'Administrator',
  at: '2026-12-02T18:10:00.000Z',
  reason: 'S3 kembali tersedia',
  changes: [],
};
/** An agency's own failed event, which stays as it is. */
const agencyEvent = { ...oldRequest, id: 'submit-1', kind: 'part.submit', agencyId: 'dinsos-hss' };

async function allItems(): Promise<TRawItem[]> {
  const items: TRawItem[] = [];
  for await (const page of scanItems(dynamodb, tableName)) items.push(...page);
  return items;
}

describe("migration 2: the region's English-files requests stored before scopes", () => {
  it("become the region's own events, their retries on the region's record; then nothing changes", async () => {
    for (const item of [
      outboxEntity.item(oldRequest),
      outboxEntity.item(agencyEvent),
      auditEntity.item(oldRetry),
    ])
      await documents.send(new PutCommand({ TableName: tableName, Item: item }));
    // Before: listed as a failed event of an agency kab-hss, which does not exist.
    expect((await listFailedOutboxEvents({ scope: 'agency', agencyId: 'kab-hss' })).map((e) => e.id)).toEqual(
      ['english-q1'],
    );

    expect(await scopeRegionEvents(dynamodb, tableName)).toBe(2);

    expect(await listFailedOutboxEvents({ scope: 'agency', agencyId: 'kab-hss' })).toEqual([]);
    const regionFailed = await listFailedOutboxEvents({ scope: 'region', regionId: 'kab-hss' });
    expect(regionFailed.map((e) => e.id)).toEqual(['english-q1']);
    const { agencyId, ...rest } = oldRequest;
    expect(await getOutboxRecord('english-q1')).toEqual({ ...rest, scope: 'region', regionId: 'kab-hss' });
    expect(await listOutboxRetries('kab-hss', 2019)).toEqual([]);
    const { agencyId: _, ...retry } = oldRetry;
    expect(await listRegionAuditEvents('kab-hss', 2019)).toEqual([
      { ...retry, scope: 'region', regionId: 'kab-hss' },
    ]);
    expect((await getOutboxRecord('submit-1'))?.scope).toBeUndefined();
    expect(
      (await listFailedOutboxEvents({ scope: 'agency', agencyId: 'dinsos-hss' })).map((e) => e.id),
    ).toEqual(['submit-1']);

    const migrated = await allItems();
    expect(await scopeRegionEvents(dynamodb, tableName)).toBe(0);
    expect(await allItems()).toEqual(migrated);
  });
});
