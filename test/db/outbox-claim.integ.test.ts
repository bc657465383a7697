import { describe, expect, it } from 'vitest';
import { putIfAbsent } from '../../functions/db/conditional.js';
import { outboxEntity } from '../../functions/db/entities.js';
import { claimOutboxAttempt, getOutboxRecord } from '../../functions/db/outbox.js';
import { loseTheNextAnswer, withAnswersDelivered } from '../support/lost-answer.js';
import { withIsolatedStore } from '../support/store.js';

withIsolatedStore();
withAnswersDelivered();

const now = '2032-04-06T00:00:00.000Z';
const lease = '2032-04-06T00:15:00.000Z';

async function pendingEvent(id: string): Promise<void> {
  await putIfAbsent(
    outboxEntity.item({
      id,
      kind: 'quarter.signOff',
      agencyId: 'dinsos-hss',
      year: 2032,
      createdAt: now,
      payload: { quarter: 1 },
    }),
  );
}

describe('claimOutboxAttempt', () => {
  it('counts an attempt whose claim was written and whose retry finds it as claimed, once', async () => {
    await pendingEvent('lost-answer');
    loseTheNextAnswer();

    const claim = await claimOutboxAttempt('lost-answer', now, lease);

    expect(claim.claimed).toMatchObject({ id: 'lost-answer', attempts: 1, leaseUntil: lease });
    expect(await getOutboxRecord('lost-answer')).toMatchObject({ attempts: 1, leaseUntil: lease });
  });

  it("refuses another attempt while the first one's lease holds, at the same moment too", async () => {
    await pendingEvent('two-attempts');
    expect((await claimOutboxAttempt('two-attempts', now, lease)).claimed).toMatchObject({ attempts: 1 });

    const second = await claimOutboxAttempt('two-attempts', now, lease);

    expect(second).toMatchObject({ claimed: null, current: { attempts: 1, leaseUntil: lease } });
  });
});
