import { describe, expect, it, vi } from 'vitest';
import { app } from '../../functions/api/app.js';
import { dynamodb } from '../../functions/db/client.js';
import { s3 } from '../../functions/s3/client.js';
import { apiClient, expectError, expectStatus } from '../support/api-client.js';
import { withIsolatedStore } from '../support/store.js';

withIsolatedStore();

describe('GET /api/health', () => {
  it('reports the database and both storages answering', async () => {
    expect(await expectStatus(apiClient().health.$get(), 200)).toEqual({
      ok: true,
      checkedAt: expect.any(String),
      database: { ok: true },
      reportStorage: { ok: true },
      evidenceStorage: { ok: true },
    });
  });

  it('asks DynamoDB and S3 at most once every few seconds, however often it is called', async () => {
    const databaseCalls = vi.spyOn(dynamodb, 'send');
    const storageCalls = vi.spyOn(s3, 'send');
    const answers = await Promise.all(Array.from({ length: 20 }, () => apiClient().health.$get()));
    expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(200));
    // The first test's check is still fresh: no call at all.
    expect(databaseCalls.mock.calls.length + storageCalls.mock.calls.length).toBeLessThanOrEqual(3);
    const [first, last] = await Promise.all(
      [answers[0], answers[19]].map((answer) => expectStatus(answer ?? expect.fail('no answer'), 200)),
    );
    expect(last?.checkedAt).toBe(first?.checkedAt);
    vi.restoreAllMocks();
  });
});

describe('errors', () => {
  it('answers an unknown route with a JSON 404', async () => {
    // A path no route has is beyond the typed client: a raw request.
    const notFound = await expectError(app.request('/api/no-such-thing'), 404);
    expect(notFound.error.code).toBe('NOT_FOUND');
  });
});
