import { describe, expect, it } from 'vitest';
import { countDynamoDbCalls } from '../../bench/dynamodb-calls.js';
import { byRequest, callSteps, directCalls } from '../../bench/dynamodb-floor.js';
import { dynamodb } from '../../functions/db/client.js';
import { getUserWithActing } from '../../functions/db/users.js';
import { readYear } from '../../functions/db/year.js';
import { seedAgency } from '../../shared/seed/organisation.js';
import { withSeededStore } from '../support/seeded-store.js';

withSeededStore();

let request = 'first';
const counter = countDynamoDbCalls(dynamodb, () => request);

describe("the bench's floor", () => {
  it('makes again the calls a request made in parallel in parallel, and those made in turn in turn', async () => {
    counter.startRecording();
    await getUserWithActing('kepala-dinas');
    await Promise.all([readYear(seedAgency.id, 2019), readYear(seedAgency.id, 2020)]);
    request = 'second';
    await readYear(seedAgency.id, 2019);
    const calls = counter.stopRecording();

    const [first, second] = byRequest(calls);
    expect(callSteps(first ?? []).map((step) => step.map((call) => call.command))).toEqual([
      ['QueryCommand'],
      ['QueryCommand', 'QueryCommand'],
    ]);
    expect(callSteps(second ?? [])).toHaveLength(1);
    counter.reset();
    const answer = await directCalls(first ?? [])();
    expect(answer.status).toBe(200);
    expect(counter.counts().byCommand).toEqual({ QueryCommand: 3 });
  });
});
