import { describe, expect, it, vi } from 'vitest';
import { getOutboxRecord, listPendingOutboxEvents } from '../../functions/db/outbox.js';
import { listReportFiles } from '../../functions/db/report-files.js';
import { drainOutbox } from '../../functions/outbox/drain-outbox.js';
import { outboxHandlers } from '../../functions/outbox-handlers.js';
import { buckets } from '../../functions/s3/bucket-names.js';
import { objectExists } from '../../functions/s3/presign.js';
import { outboxState } from '../../shared/model/outbox.js';
import { clientAs, expectStatus } from '../support/api-client.js';
import { withSeededStore } from '../support/seeded-store.js';
import { expectStoreAgrees } from './store-agreement.js';

/** The reports bucket, failing from its `storedBeforeFailing`-th upload on while set: a run breaks off halfway. */
const storage = vi.hoisted(() => ({ failing: false, stored: 0, storedBeforeFailing: 2 }));
vi.mock('../../functions/s3/report-objects.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../functions/s3/report-objects.js')>();
  return {
    putReportObject: (...args: Parameters<typeof actual.putReportObject>) => {
      if (storage.failing && storage.stored >= storage.storedBeforeFailing)
        return Promise.reject(
          Object.assign(new Error('We encountered an internal error'), { name: 'InternalError' }),
        );
      storage.stored++;
      return actual.putReportObject(...args);
    },
  };
});

withSeededStore();
const minutesLater = (minutes: number) => {
  const at = new Date(Date.now() + minutes * 60_000).toISOString();
  return { now: () => at, newId: () => 'unused' };
};

describe('report storage failing while the files are made', () => {
  it('records the failure and tries later; once it answers, each file is stored and listed once', async () => {
    const regenerate = clientAs('perencana').agencies[':agencyId'].years[':year'].reports.regenerate;
    const { version } = await expectStatus(
      regenerate.$post({
        param: { agencyId: 'dinsos-hss', year: '2019' },
        json: { quarter: 4, locale: 'id' },
      }),
      202,
    );
    const [event] = await listPendingOutboxEvents();
    const eventId = event?.id ?? expect.fail('no event');

    storage.failing = true;
    const broken = await drainOutbox(outboxHandlers, { clock: minutesLater(0) });
    expect(broken).toMatchObject({ processed: 0, failed: 1 });
    const waiting = (await getOutboxRecord(eventId)) ?? expect.fail('event gone');
    expect(outboxState(waiting)).toBe('pending');
    expect(waiting).toMatchObject({ attempts: 1, lastError: expect.stringContaining('internal error') });

    // Storage answers again: the next run after the back-off makes the rest, repeating nothing.
    storage.failing = false;
    const mended = await drainOutbox(outboxHandlers, { clock: minutesLater(5) });
    expect(mended).toMatchObject({ processed: 1, failed: 0 });
    const files = (await listReportFiles('dinsos-hss', 2019, 4)).filter((file) => file.version === version);
    expect(files.length).toBeGreaterThan(storage.storedBeforeFailing);
    expect(new Set(files.map((file) => file.objectKey)).size).toBe(files.length);
    for (const file of files) expect(await objectExists(buckets.reports, file.objectKey)).toBe(true);
    await expectStoreAgrees();
  });
});
