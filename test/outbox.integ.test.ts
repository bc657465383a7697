import { describe, expect, it } from 'vitest';
import { putItems } from '../functions/db/batch.js';
import { listPendingOutboxEvents } from '../functions/db/outbox.js';
import { openYear } from '../functions/local/seed-demo.js';
import { exampleItems } from '../functions/local/seed-examples.js';
import { workflowNotifications } from '../functions/notify/workflow-notifications.js';
import { drainOutbox } from '../functions/outbox/drain-outbox.js';
import { processOutboxEvent } from '../functions/outbox/process-outbox-event.js';
import { outboxHandlers } from '../functions/outbox-handlers.js';
import { exampleAgencies } from '../shared/seed/example-agencies.js';
import { clientAs, expectStatus } from './support/api-client.js';
import { completeEntry } from './support/fill-part.js';
import { withMailOutbox } from './support/mail-outbox.js';
import { withSeededStore } from './support/seeded-store.js';

withSeededStore();
const sent = withMailOutbox();

const yearParam = { agencyId: 'dinsos-hss', year: String(openYear()) };
const partParam = { ...yearParam, quarter: '1', unitId: 'sekretariat' };
const partApi =
  clientAs('sekretaris').agencies[':agencyId'].years[':year'].quarters[':quarter'].parts[':unitId'];

describe('the outbox', () => {
  it('sends the workflow emails after the commit, once per event and recipient, and retries a failure', async () => {
    const agreement = await expectStatus(
      clientAs('pengamat').agencies[':agencyId'].years[':year'].agreement.$get({ param: yearParam }),
      200,
    );
    const version = agreement.version?.agreement ?? expect.fail('no agreement');
    const entry = completeEntry(version, 'sekretariat', 1);
    const saved = await expectStatus(partApi.$put({ param: partParam, json: { revision: 1, entry } }), 200);
    const move = (transition: 'submit' | 'withdraw', revision: number) =>
      partApi[':transition'].$post({ param: { ...partParam, transition }, json: { revision } });
    const submitted = await expectStatus(move('submit', saved.revision), 200);

    // Nothing is sent by the request itself: the event waits in the outbox.
    expect(sent()).toEqual([]);
    const [pending] = await listPendingOutboxEvents();
    expect(pending).toMatchObject({ kind: 'part.submit', payload: { quarter: 1, unitId: 'sekretariat' } });

    expect(await drainOutbox(outboxHandlers)).toMatchObject({ processed: 1, failed: 0 });
    const emails = sent();
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({
      to: ['verifikator@dinsos-hss.example'],
      subject: expect.stringContaining('Triwulan I'),
    });
    expect(emails[0]?.text).toContain('Sekretariat');

    // A second drain, or the same event again (a retried stream record), sends nothing more.
    expect(await drainOutbox(outboxHandlers)).toMatchObject({ processed: 0, failed: 0 });
    expect(await processOutboxEvent(pending ?? expect.fail('no event'), outboxHandlers)).toBe(
      'already-processed',
    );
    expect(sent()).toHaveLength(1);

    // A handler that fails leaves its event pending, recorded; a drain after its back-off completes it.
    let failures = 1;
    const failingOnce = {
      ...outboxHandlers,
      'part.withdraw': [
        async () => {
          if (failures-- > 0) throw new Error('SES throttled');
        },
      ],
    };
    await expectStatus(move('withdraw', submitted.revision), 200);
    expect(await drainOutbox(failingOnce)).toMatchObject({ processed: 0, failed: 1 });
    const [failed] = await listPendingOutboxEvents();
    expect(failed).toMatchObject({ kind: 'part.withdraw', attempts: 1, lastError: 'SES throttled' });
    expect(await drainOutbox(failingOnce)).toMatchObject({ processed: 0, failed: 0 });
    const afterBackOff = new Date(Date.now() + 60_000).toISOString();
    const later = { now: () => afterBackOff, newId: () => 'unused' };
    expect(await drainOutbox(failingOnce, { clock: later })).toMatchObject({ processed: 1, failed: 0 });
    expect(await listPendingOutboxEvents()).toEqual([]);
  });

  it("tells an example agency's made-up people nothing: its agreement submitted, no e-mail to its head", async () => {
    const [example] = exampleAgencies;
    if (!example) throw new Error('no example agency');
    await putItems(exampleItems(openYear(), new Date()));
    const before = sent().length;
    const now = new Date().toISOString();
    await workflowNotifications['agreement.submit']?.(
      {
        id: 'ev-example-agreement',
        kind: 'agreement.submit',
        agencyId: example.agency.id,
        year: openYear(),
        createdAt: now,
        payload: { version: 1, actorName: 'Perencana (contoh)' },
      },
      { now, leaseUntil: new Date(Date.now() + 60_000).toISOString() },
    );
    expect(example.users.some((user) => user.roles.includes('head'))).toBe(true);
    expect(sent()).toHaveLength(before);
  });
});
