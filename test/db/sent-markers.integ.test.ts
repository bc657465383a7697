import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { documents, tableName } from '../../functions/db/client.js';
import { keys } from '../../functions/db/keys.js';
import { claimSend } from '../../functions/db/sent-markers.js';
import { loseTheNextAnswer, withAnswersDelivered } from '../support/lost-answer.js';
import { withIsolatedStore } from '../support/store.js';

withIsolatedStore();
withAnswersDelivered();

const lease = { at: '2032-04-06T08:00:00+08:00', leaseUntil: '2032-04-06T08:15:00+08:00' };

describe('claimSend', () => {
  it('counts a claim whose first attempt was written and whose retry finds it as claimed', async () => {
    loseTheNextAnswer();

    expect(await claimSend('reminder#lost-answer', lease)).toBe('claimed');

    const stored = await documents.send(
      new GetCommand({ TableName: tableName, Key: keys.sent('reminder#lost-answer') }),
    );
    expect(stored.Item?.status).toBe('sending');
  });

  it("leaves another run's claim to it while its lease holds, at the same moment too", async () => {
    expect(await claimSend('reminder#two-runs', lease)).toBe('claimed');
    expect(await claimSend('reminder#two-runs', lease)).toBe('in-progress');
  });
});
