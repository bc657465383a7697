import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// This file talks to a DynamoDB Local of its own, so that stopping it stalls no other test file.
// It must be set before the app is imported: the app reads its configuration at load.
const database = await vi.hoisted(async () => {
  const { startDynamoDbLocal } = await import('../../functions/local/dynamodb-local.js');
  const { freePort } = await import('../../functions/local/ports.js');
  const local = await startDynamoDbLocal({ port: await freePort() });
  process.env.DYNAMODB_ENDPOINT = local.endpoint;
  // The deployed timeout, not the suite's patient one: failing fast is what this file tests.
  process.env.AWS_REQUEST_TIMEOUT_MS = '3000';
  return local;
});

import { createTableIfMissing } from '../../functions/db/table.js';
import { openYear, seedDemoDataIfEmpty } from '../../functions/local/seed-demo.js';
import { createBucketsIfMissing } from '../../functions/s3/buckets.js';
import { apiClient, clientAs, expectError, expectStatus } from '../support/api-client.js';
import { completeEntry } from '../support/fill-part.js';

// The table lives and dies with this file's database process, so nothing needs dropping.
beforeAll(async () => {
  await Promise.all([createTableIfMissing(), createBucketsIfMissing()]);
  await seedDemoDataIfEmpty();
});
afterAll(async () => {
  database.process.kill('SIGCONT');
  await database.stop();
});

const yearParam = { agencyId: 'dinsos-hss', year: String(openYear()) };
const partParam = { ...yearParam, quarter: '1', unitId: 'pemberdayaan-sosial' };
const yearApi = (lang?: 'en') =>
  clientAs('kabid-pemberdayaan', { lang }).agencies[':agencyId'].years[':year'];
const readPart = () => yearApi().quarters[':quarter'].parts[':unitId'].$get({ param: partParam });

async function timed<R>(call: Promise<R>) {
  const started = performance.now();
  const response = await call;
  return { response, ms: performance.now() - started };
}

/** Loads the part and the agreement in force; returns a save of a complete entry at the loaded revision. */
async function prepareSave(lang?: 'en') {
  const { part } = await expectStatus(readPart(), 200);
  const { version: inForce } = await expectStatus(yearApi().agreement.$get({ param: yearParam }), 200);
  if (!inForce) return expect.fail('none in force');
  const entry = completeEntry(inForce.agreement, 'pemberdayaan-sosial', 1);
  return () =>
    timed(
      yearApi(lang).quarters[':quarter'].parts[':unitId'].$put({
        param: partParam,
        json: { revision: part.revision, entry },
      }),
    );
}

describe('a stalled database (the process stopped: connections accepted, nothing answers)', () => {
  it('fails a save within seconds with 503, Retry-After and a message in the user’s language', async () => {
    const saveInEnglish = await prepareSave('en');
    database.process.kill('SIGSTOP');

    const [english, indonesian] = await Promise.all([saveInEnglish(), timed(readPart())]);
    const messages = [];
    for (const answer of [english, indonesian]) {
      expect(answer.response.headers.get('retry-after')).toBe('5');
      const { error } = await expectError(answer.response, 503);
      expect(error.code).toBe('UNAVAILABLE');
      // Without client timeouts the save waited 45 s and more.
      expect(answer.ms).toBeLessThan(10_000);
      messages.push(error.message);
    }
    expect(messages[0]).toMatch(/try again/);
    expect(messages[1]).toMatch(/coba lagi/);
  });

  it('shows in /api/health that the database is down and the storage is not, promptly', async () => {
    const { response, ms } = await timed(apiClient().health.$get());
    // Its probes give up after 2 s, before the clients' own ~6 s.
    expect(ms).toBeLessThan(4_000);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      ok: false,
      database: { ok: false, error: expect.any(String) },
      reportStorage: { ok: true },
      evidenceStorage: { ok: true },
    });
  });

  it('serves again once the database answers again', async () => {
    database.process.kill('SIGCONT');
    let saved = await (await prepareSave())();
    // A 503 cannot say whether the stalled save was applied: DynamoDB may still commit the request
    // it received once it runs again. Then the save at the old revision conflicts, as it should.
    const { status }: { status: number } = saved.response;
    if (status === 409) saved = await (await prepareSave())();
    expect(saved.response.status).toBe(200);
  });
});

describe('a killed database', () => {
  it('fails at once with 503', async () => {
    await database.stop();
    const answer = await timed(readPart());
    expect(answer.response.status).toBe(503);
    expect(answer.ms).toBeLessThan(3_000);
  });
});
