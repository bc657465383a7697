import { describe, expect, it } from 'vitest';
import { listRegionAuditEvents } from '../functions/db/audit.js';
import { putItems } from '../functions/db/batch.js';
import { outboxEntity } from '../functions/db/entities.js';
import { getOutboxRecord } from '../functions/db/outbox.js';
import { processOutboxEvent } from '../functions/outbox/process-outbox-event.js';
import { redriveOutbox } from '../functions/outbox/redrive-outbox.js';
import type { TOutboxRecord } from '../shared/model/outbox.js';
import { outboxRetryPolicy } from '../shared/outbox/retry-policy.js';
import { clientAs, expectError, expectStatus } from './support/api-client.js';
import { withSeededStore } from './support/seeded-store.js';

withSeededStore();

const year = 2031;
const regionId = 'kab-hss';
/** The Bappeda's request for English files, at its last allowed attempt. */
const lastAttempt = (id: string): TOutboxRecord => ({
  id,
  kind: 'regionReports.regenerate',
  scope: 'region',
  regionId,
  year,
  createdAt: '2031-04-07T01:00:00.000Z',
  payload: { regionId, quarter: 1, locale: 'en', requestedBy: { id: 'admin-bappeda', name: 'Bappeda' } },
  state: 'pending',
  attempts: outboxRetryPolicy.maxAttempts - 1,
});
const agencyEvent: TOutboxRecord = {
  id: 'ev-agency',
  kind: 'part.submit',
  agencyId: 'dinsos-hss',
  year,
  createdAt: '2031-04-07T01:00:00.000Z',
  payload: { quarter: 1, unitId: 'sekretariat' },
  state: 'failed',
  attempts: 8,
  lastError: 'SES rejected the address',
  failedAt: '2031-04-07T01:20:00.000Z',
};
const at = (minute: number) => ({
  now: () => `2031-04-07T02:${minute}:00.000Z`,
  newId: () => `id-${minute}`,
});
const failing = { 'regionReports.regenerate': [() => Promise.reject(new Error('S3 refused the put'))] };

const regionOutbox = (userId: string) => clientAs(userId).regions[':regionId'].outbox.failed;
const regionListed = async (userId: string) =>
  (await expectStatus(regionOutbox(userId).$get({ param: { regionId }, query: {} }), 200)).events.map(
    (e) => e.id,
  );
const agencyListed = async (userId: string) =>
  (
    await expectStatus(
      clientAs(userId).agencies[':agencyId'].outbox.failed.$get({
        param: { agencyId: 'dinsos-hss' },
        query: {},
      }),
      200,
    )
  ).events.map((e) => e.id);

describe("the region's own outbox events", () => {
  it("fail for good onto the region's list, not an agency's, for the region's people to see", async () => {
    await putItems([lastAttempt('ev-region'), agencyEvent].map(outboxEntity.item));
    const record = (await getOutboxRecord('ev-region')) ?? expect.fail('not stored');
    expect(await processOutboxEvent(record, failing, { clock: at(10) })).toBe('failed');
    expect(await getOutboxRecord('ev-region')).toMatchObject({
      scope: 'region',
      regionId,
      state: 'failed',
      lastError: 'S3 refused the put',
    });

    for (const reader of ['admin-bappeda', 'bappeda', 'inspektorat'])
      expect(await regionListed(reader)).toEqual(['ev-region']);
    for (const staff of ['perencana', 'kepala-dinas'])
      await expectError(regionOutbox(staff).$get({ param: { regionId }, query: {} }), 403);
    // The agency's page lists its own failures only; an old event (no scope) is an agency's.
    expect(await agencyListed('perencana')).toEqual(['ev-agency']);
  });

  it("are put back in line by the Bappeda only, with a reason, on the region's record", async () => {
    const retry = (userId: string, reason: string) =>
      regionOutbox(userId)[':eventId'].retry.$post({
        param: { regionId, eventId: 'ev-region' },
        json: { reason },
      });
    for (const other of ['bappeda', 'inspektorat', 'perencana'])
      await expectError(retry(other, 'Diperbaiki'), 403);
    // Neither is reached through the other's page.
    await expectError(
      clientAs('admin-bappeda').agencies[':agencyId'].outbox.failed[':eventId'].retry.$post({
        param: { agencyId: 'dinsos-hss', eventId: 'ev-region' },
        json: { reason: 'salah halaman' },
      }),
      404,
    );
    await expectError(
      regionOutbox('admin-bappeda')[':eventId'].retry.$post({
        param: { regionId, eventId: 'ev-agency' },
        json: { reason: 'salah halaman' },
      }),
      404,
    );

    await expectStatus(retry('admin-bappeda', 'Kuota S3 sudah dinaikkan'), 200);
    expect(await getOutboxRecord('ev-region')).toMatchObject({ state: 'pending', attempts: 0 });
    expect(await regionListed('bappeda')).toEqual([]);
    const record = await expectStatus(
      clientAs('inspektorat').regions[':regionId'].years[':year'].audit.$get({
        query: {},
        param: { regionId, year: String(year) },
      }),
      200,
    );
    expect(record.events).toMatchObject([
      {
        scope: 'region',
        regionId,
        subject: { kind: 'outbox', eventId: 'ev-region' },
        action: 'retryOutboxEvent',
        actorId: 'admin-bappeda',
        fromState: 'failed',
        toState: 'pending',
        reason: 'Kuota S3 sudah dinaikkan',
      },
    ]);
  });

  it("are put back by outbox:redrive with the agencies', each on its own record", async () => {
    await putItems([lastAttempt('ev-redrive')].map(outboxEntity.item));
    const record = (await getOutboxRecord('ev-redrive')) ?? expect.fail('not stored');
    expect(await processOutboxEvent(record, failing, { clock: at(20) })).toBe('failed');
    const result = await redriveOutbox({
      operator: { id: 'operator', name: 'outbox:redrive (ops)' },
      reason: 'S3 pulih',
      clock: at(30),
      // What runs them is the outbox's own affair: here only who put what back, on whose record.
      runDue: async () => ({ processed: 0, failed: 0, oldestPendingSeconds: 0 }),
    });
    expect(result.requeued.sort()).toEqual(['ev-agency', 'ev-redrive']);
    const regionRecord = await listRegionAuditEvents(regionId, year);
    expect(regionRecord.map((event) => [event.subject, event.actorId, event.reason])).toContainEqual([
      { kind: 'outbox', eventId: 'ev-redrive' },
      'operator',
      'S3 pulih',
    ]);
    expect(regionRecord.map((event) => event.subject)).not.toContainEqual({
      kind: 'outbox',
      eventId: 'ev-agency',
    });
  });
});
