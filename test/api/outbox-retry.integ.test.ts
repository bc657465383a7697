import { describe, expect, it } from 'vitest';
import { putItems } from '../../functions/db/batch.js';
import { outboxEntity } from '../../functions/db/entities.js';
import { getOutboxRecord } from '../../functions/db/outbox.js';
import { drainOutbox } from '../../functions/outbox/drain-outbox.js';
import type { TOutboxEvent, TOutboxRecord } from '../../shared/model/outbox.js';
import { clientAs, expectError, expectStatus, untypedRequest } from '../support/api-client.js';
import { withSeededStore } from '../support/seeded-store.js';

withSeededStore();

const year = 2030;
const failed = (id: string, agencyId: string): TOutboxRecord => ({
  id,
  kind: 'part.submit',
  agencyId,
  year,
  createdAt: '2030-04-07T01:00:00.000Z',
  payload: { quarter: 1, unitId: 'sekretariat' },
  state: 'failed',
  attempts: 8,
  lastError: 'SES rejected the address',
  failedAt: '2030-04-07T01:20:00.000Z',
});
const outbox = (userId: string) => clientAs(userId).agencies[':agencyId'].outbox.failed;
const retry = (userId: string, eventId: string, reason: string) =>
  outbox(userId)[':eventId'].retry.$post({ param: { agencyId: 'dinsos-hss', eventId }, json: { reason } });
const listed = async (userId: string) =>
  (await expectStatus(outbox(userId).$get({ param: { agencyId: 'dinsos-hss' }, query: {} }), 200)).events;

describe('the failed outbox events', () => {
  it('are listed with their last error to every reader of the agency, only its own', async () => {
    await putItems(
      [failed('ev-listed', 'dinsos-hss'), failed('ev-elsewhere', 'dinkes-hss')].map(outboxEntity.item),
    );
    for (const reader of ['pengamat', 'kepala-dinas', 'perencana', 'inspektorat']) {
      expect(await listed(reader)).toContainEqual({
        id: 'ev-listed',
        kind: 'part.submit',
        year,
        createdAt: '2030-04-07T01:00:00.000Z',
        attempts: 8,
        lastError: 'SES rejected the address',
        failedAt: '2030-04-07T01:20:00.000Z',
        quarter: 1,
        unitId: 'sekretariat',
      });
    }
    expect((await listed('perencana')).map((event) => event.id)).not.toContain('ev-elsewhere');
  });

  it('are put back in line by the planner or the administrator, with a reason, on the record, once', async () => {
    await putItems(
      [failed('ev-retry', 'dinsos-hss'), failed('ev-admin', 'dinsos-hss')].map(outboxEntity.item),
    );
    for (const other of ['verifikator', 'kepala-dinas', 'kabid-pemberdayaan', 'pengamat', 'inspektorat'])
      await expectError(retry(other, 'ev-retry', 'Alamat sudah diperbaiki'), 403);
    const blank = await untypedRequest(
      'perencana',
      'POST',
      '/api/agencies/dinsos-hss/outbox/failed/ev-retry/retry',
      {
        reason: '  ',
      },
    );
    expect(blank.status).toBe(400);
    expect(JSON.stringify(await blank.json())).toContain('reason');

    const back = await expectStatus(
      retry('perencana', 'ev-retry', 'Alamat verifikator sudah diperbaiki'),
      200,
    );
    expect(back.id).toBe('ev-retry');
    expect(await getOutboxRecord('ev-retry')).toMatchObject({
      state: 'pending',
      attempts: 0,
      dueAt: back.dueAt,
    });
    expect((await listed('perencana')).map((event) => event.id)).not.toContain('ev-retry');
    // Once back in line it is no longer failed: a second retry is refused, nothing changes.
    const again = await expectError(retry('perencana', 'ev-retry', 'lagi'), 409);
    expect(again.error.message).toContain('tidak (lagi) gagal');
    await expectStatus(retry('admin', 'ev-admin', 'SES keluar dari sandbox'), 200);
    // Another agency's event is not reached through this one.
    await expectError(retry('perencana', 'ev-elsewhere', 'bukan milik kami'), 404);

    const timeline = await expectStatus(
      clientAs('pengamat').agencies[':agencyId'].years[':year'].settings.audit.$get({
        query: {},
        param: { agencyId: 'dinsos-hss', year: String(year) },
      }),
      200,
    );
    expect(timeline.events.filter((event) => event.action === 'retryOutboxEvent')).toMatchObject([
      // Newest first.
      {
        subject: { kind: 'outbox', eventId: 'ev-admin' },
        actorId: 'admin',
        reason: 'SES keluar dari sandbox',
      },
      {
        subject: { kind: 'outbox', eventId: 'ev-retry' },
        actorId: 'perencana',
        fromState: 'failed',
        toState: 'pending',
        reason: 'Alamat verifikator sudah diperbaiki',
      },
    ]);

    // The next drain runs it, with a fresh set of attempts.
    const ran: string[] = [];
    const handlers = { 'part.submit': [async (event: TOutboxEvent) => void ran.push(event.id)] };
    const aMinuteLater = new Date(Date.parse(back.dueAt) + 60_000).toISOString();
    await drainOutbox(handlers, { clock: { now: () => aMinuteLater, newId: () => 'unused' } });
    expect(ran.sort()).toEqual(['ev-admin', 'ev-retry']);
    expect(await getOutboxRecord('ev-retry')).toMatchObject({ state: 'processed', attempts: 1 });
  });
});
