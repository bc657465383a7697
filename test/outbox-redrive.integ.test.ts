import { afterAll, describe, expect, it, vi } from 'vitest';
import { listAuditEvents } from '../functions/db/audit.js';
import { getOutboxRecord, listPendingOutboxEvents } from '../functions/db/outbox.js';
import type { TOutgoingEmail } from '../functions/email/send-email.js';
import { openYear } from '../functions/local/seed-demo.js';
import { drainOutbox } from '../functions/outbox/drain-outbox.js';
import { redriveOutbox, type TFailureQueue } from '../functions/outbox/redrive-outbox.js';
import { outboxHandlers } from '../functions/outbox-handlers.js';
import { outboxDueAt, outboxState, type TOutboxRecord } from '../shared/model/outbox.js';
import { emptyMailOutbox, sentTo } from './support/mail-outbox.js';
import { withSeededStore } from './support/seeded-store.js';
import { submitCompleteEntry } from './support/submit-part.js';

/** SES, refusing every email while `refusing` is set (an unverified identity, say). */
const ses = vi.hoisted(() => ({ refusing: false }));
vi.mock('../functions/email/send-email.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../functions/email/send-email.js')>();
  return {
    ...actual,
    sendEmail: (email: TOutgoingEmail) =>
      ses.refusing
        ? Promise.reject(new Error('MessageRejected: Email address is not verified'))
        : actual.sendEmail(email),
  };
});

withSeededStore();
afterAll(emptyMailOutbox);
const year = openYear();
const clockAt = (minutes: number) => ({
  now: () => new Date(Date.now() + minutes * 60_000).toISOString(),
  newId: () => 'unused',
});

/** The failure queue's messages as the stream leaves them: a batch's description, no event. */
function failureQueue(count: number): TFailureQueue & { left: () => number } {
  let messages = Array.from({ length: count }, (_, i) => ({
    id: `receipt-${i}`,
    body: JSON.stringify({ DDBStreamBatchInfo: { shardId: 'shard-1', batchSize: 1 } }),
  }));
  return {
    receiveAll: async () => messages,
    delete: async (ids) => {
      messages = messages.filter((message) => !ids.includes(message.id));
    },
    left: () => messages.length,
  };
}

/**
 * Runs the outbox at each moment the event falls due until it is pending no more: the runs the
 * minutely schedule makes in between find nothing due and change nothing.
 */
async function drainWhilePending(eventId: string): Promise<TOutboxRecord> {
  for (let run = 0; run < 20; run++) {
    const record = (await getOutboxRecord(eventId)) ?? expect.fail('no event');
    if (outboxState(record) !== 'pending') return record;
    const due = outboxDueAt(record);
    await drainOutbox(outboxHandlers, { clock: { now: () => due, newId: () => 'unused' } });
  }
  return expect.fail('still pending after 20 runs');
}

/** The division head submits the Sekretariat's Q2: the verifier is to be told by email. */
async function submitPart(): Promise<string> {
  await submitCompleteEntry({ year, quarter: 2, unitId: 'sekretariat' });
  const [event] = await listPendingOutboxEvents();
  return event?.id ?? expect.fail('no event');
}

describe('npm run outbox:redrive', () => {
  it('re-runs the failed events and clears the failure queue, on the record, each email sent once, idempotently', async () => {
    const eventId = await submitPart();
    // SES refuses: eight attempts over twenty-odd minutes, then the event is left failed.
    ses.refusing = true;
    const failed = await drainWhilePending(eventId);
    expect(failed).toMatchObject({ state: 'failed', attempts: 8 });
    expect(Date.parse(failed.failedAt ?? '')).toBeLessThan(Date.parse(clockAt(40).now()));
    expect(sentTo()).toEqual([]);

    // The identity verified, the operator redrives: the event runs once more and the queue is cleared.
    ses.refusing = false;
    const queue = failureQueue(2);
    const redrive = () =>
      redriveOutbox({
        operator: { id: 'operator', name: 'outbox:redrive (ops)' },
        reason: 'SES identity verified',
        runDue: () => drainOutbox(outboxHandlers, { clock: clockAt(41) }),
        failureQueue: queue,
      });
    const first = await redrive();
    expect(first).toMatchObject({ requeued: [eventId], notDone: [], queueMessages: 2, queueCleared: true });
    expect(first.runs[0]).toMatchObject({ processed: 1, failed: 0 });
    expect(queue.left()).toBe(0);
    expect(await getOutboxRecord(eventId)).toMatchObject({ state: 'processed', attempts: 1 });
    expect(sentTo()).toEqual(['verifikator@dinsos-hss.example']);
    const record = await listAuditEvents('dinsos-hss', year, { kind: 'outbox', eventId });
    expect(record).toMatchObject([
      {
        actorId: 'operator',
        actorName: 'outbox:redrive (ops)',
        reason: 'SES identity verified',
        toState: 'pending',
      },
    ]);

    // Again: nothing failed, nothing queued, nothing sent twice.
    const second = await redrive();
    expect(second).toMatchObject({ requeued: [], notDone: [], queueMessages: 0 });
    expect(sentTo()).toEqual(['verifikator@dinsos-hss.example']);
  });

  it('says which events still fail when the cause is not mended, and keeps the queue', async () => {
    emptyMailOutbox();
    const { putItems } = await import('../functions/db/batch.js');
    const { outboxEntity } = await import('../functions/db/entities.js');
    await putItems([
      outboxEntity.item({
        id: 'poisoned',
        kind: 'test.poison',
        agencyId: 'dinsos-hss',
        year,
        createdAt: new Date().toISOString(),
        payload: {},
        state: 'failed',
        attempts: 8,
        lastError: 'no such template',
        failedAt: new Date().toISOString(),
      }),
    ]);
    const queue = failureQueue(1);
    const handlers = { 'test.poison': [() => Promise.reject(new Error('still no such template'))] };
    const result = await redriveOutbox({
      operator: { id: 'operator', name: 'ops' },
      reason: 'template deployed',
      runDue: () => drainOutbox(handlers, { clock: clockAt(41) }),
      failureQueue: queue,
    });
    expect(result).toMatchObject({
      requeued: ['poisoned'],
      notDone: [{ id: 'poisoned', lastError: 'still no such template' }],
      queueMessages: 1,
      queueCleared: false,
    });
    expect(queue.left()).toBe(1);
  });
});
