import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// This file talks to a DynamoDB Local of its own, so that stopping it stalls no other test file.
// It must be set before the app is imported: the app reads its configuration at load.
const database = await vi.hoisted(async () => {
  const { startDynamoDbLocal } = await import('../../functions/local/dynamodb-local.js');
  const { freePort } = await import('../../functions/local/ports.js');
  const local = await startDynamoDbLocal({ port: await freePort() });
  process.env.DYNAMODB_ENDPOINT = local.endpoint;
  return local;
});

import { app } from '../../functions/api/app.js';
import { createTableIfMissing } from '../../functions/db/table.js';
import { openYear, seedDemoDataIfEmpty } from '../../functions/local/seed-demo.js';
import { createBucketsIfMissing } from '../../functions/s3/buckets.js';
import { completeEntry } from '../support/fill-part.js';
import { signIn } from '../support/sign-in.js';

// The table lives and dies with this file's database process, so nothing needs dropping.
beforeAll(async () => {
  await Promise.all([createTableIfMissing(), createBucketsIfMissing()]);
  await seedDemoDataIfEmpty();
});
afterAll(async () => {
  database.process.kill('SIGCONT');
  await database.stop();
});

const partPath = `/api/agencies/dinsos-hss/years/${openYear()}/quarters/1/parts/pemberdayaan-sosial`;

async function timed(path: string, init: RequestInit = {}) {
  const started = performance.now();
  const response = await app.request(path, init);
  return { response, body: await response.json(), ms: performance.now() - started };
}

/** Loads the part and the agreement in force; returns a save of a complete entry at the loaded revision. */
async function prepareSave(headers: Record<string, string>, query = '') {
  const { body: loaded } = await timed(partPath, { headers });
  const { body: agreement } = await timed(partPath.replace(/\/quarters.*/, '/agreement'), { headers });
  const inForce = agreement.versions.find((v: { version: number }) => v.version === agreement.inForce);
  const body = JSON.stringify({
    revision: loaded.part.revision,
    entry: completeEntry(inForce.agreement, 'pemberdayaan-sosial', 1),
  });
  return () =>
    timed(`${partPath}${query}`, {
      method: 'PUT',
      headers: { ...headers, 'content-type': 'application/json' },
      body,
    });
}

describe('a stalled database (the process stopped: connections accepted, nothing answers)', () => {
  it('fails a save within seconds with 503, Retry-After and a message in the user’s language', async () => {
    const headers = await signIn('kabid-pemberdayaan');
    const saveInEnglish = await prepareSave(headers, '?lang=en');
    database.process.kill('SIGSTOP');

    const [english, indonesian] = await Promise.all([saveInEnglish(), timed(partPath, { headers })]);
    for (const answer of [english, indonesian]) {
      expect(answer.response.status).toBe(503);
      expect(answer.response.headers.get('retry-after')).toBe('5');
      expect(answer.body.error.code).toBe('UNAVAILABLE');
      // Without client timeouts the save waited 45 s and more.
      expect(answer.ms).toBeLessThan(10_000);
    }
    expect(english.body.error.message).toMatch(/try again/);
    expect(indonesian.body.error.message).toMatch(/coba lagi/);
  });

  it('shows in /api/health that the database is down and the storage is not, promptly', async () => {
    const started = performance.now();
    const response = await app.request('/api/health');
    expect(performance.now() - started).toBeLessThan(3_000);
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
    const headers = await signIn('kabid-pemberdayaan');
    let saved = await (await prepareSave(headers))();
    // A 503 cannot say whether the stalled save was applied: DynamoDB may still commit the request
    // it received once it runs again. Then the save at the old revision conflicts, as it should.
    if (saved.response.status === 409) saved = await (await prepareSave(headers))();
    expect(saved.response.status).toBe(200);
  });
});

describe('a killed database', () => {
  it('fails at once with 503', async () => {
    const headers = await signIn('kabid-pemberdayaan');
    await database.stop();
    const answer = await timed(partPath, { headers });
    expect(answer.response.status).toBe(503);
    expect(answer.ms).toBeLessThan(3_000);
  });
});
