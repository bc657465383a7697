import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { putItems } from '../../functions/db/batch.js';
import { documents, tableName } from '../../functions/db/client.js';
import { outboxEntity } from '../../functions/db/entities.js';
import { drainOutbox } from '../../functions/outbox/drain-outbox.js';
import type { TOutboxEvent } from '../../shared/model/outbox.js';
import { withIsolatedStore } from '../support/store.js';

withIsolatedStore();

const start = Date.parse('2030-04-07T01:00:00Z');
/** A clock that stands still at `start + seconds`. */
const clockAt = (seconds: number) => ({
  now: () => new Date(start + seconds * 1000).toISOString(),
  newId: () => 'unused',
});
const event = (id: string, kind: string, seconds: number): TOutboxEvent => ({
  id,
  kind,
  agencyId: 'dinsos-hss',
  year: 2030,
  createdAt: new Date(start + seconds * 1000).toISOString(),
  payload: {},
});
const stored = async (id: string) =>
  (await documents.send(new GetCommand({ TableName: tableName, Key: { pk: `OUTBOX#${id}`, sk: 'OUTBOX' } })))
    .Item ?? {};

// Eighty drains of 25 failing events: seconds on a quiet machine, far more on a loaded one.
describe('outbox retries', () => {
  it('back off, stop in a visible failed state with the last error, and never starve a newer event', async () => {
    const poison = Array.from({ length: 25 }, (_, i) => event(`poison-${i}`, 'test.poison', -60 + i));
    await putItems(poison.map(outboxEntity.item));
    const attempts = new Map<string, number>();
    const done: string[] = [];
    const handlers = {
      'test.poison': [
        async (e: TOutboxEvent) => {
          attempts.set(e.id, (attempts.get(e.id) ?? 0) + 1);
          throw new Error(`SES rejected the address of ${e.id}`);
        },
      ],
      'test.good': [
        async (e: TOutboxEvent) => {
          done.push(e.id);
        },
      ],
    };
    await drainOutbox(handlers, { clock: clockAt(0) });
    expect([...attempts.values()]).toEqual(Array(25).fill(1));

    // A newer event, one second later: it runs in the next drain, not after the 25 failing ones.
    await putItems([outboxEntity.item(event('good', 'test.good', 1))]);
    await drainOutbox(handlers, { clock: clockAt(1) });
    expect(done).toEqual(['good']);
    // The failing ones were not tried again a second later: they wait for their back-off.
    expect([...attempts.values()]).toEqual(Array(25).fill(1));

    // Drains every 30 s for 40 minutes: each failing event is tried a few times, further and
    // further apart, then left failed with its last error. Nothing is tried forever.
    const triedAt = new Map<string, number[]>();
    for (let seconds = 30; seconds <= 40 * 60; seconds += 30) {
      const before = new Map(attempts);
      await drainOutbox(handlers, { clock: clockAt(seconds) });
      for (const [id, count] of attempts)
        if (count !== before.get(id)) triedAt.set(id, [...(triedAt.get(id) ?? []), seconds]);
    }
    for (const { id } of poison) {
      expect(attempts.get(id)).toBe(8);
      const moments = [0, ...(triedAt.get(id) ?? [])];
      const gaps = moments.slice(1).map((m, i) => m - (moments[i] ?? 0));
      // Exponential: each wait at least as long as the one before.
      expect(gaps).toEqual([...gaps].sort((a, b) => a - b));
      expect(await stored(id)).toMatchObject({
        state: 'failed',
        attempts: 8,
        lastError: `SES rejected the address of ${id}`,
      });
    }
    expect(await stored('good')).toMatchObject({ state: 'processed' });
  }, 180_000);
});
