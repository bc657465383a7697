import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
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
    const [first, last] = await Promise.all([answers[0]?.json(), answers[19]?.json()]);
    expect(last?.checkedAt).toBe(first?.checkedAt);
    vi.restoreAllMocks();
  });
});

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document listing every route', async () => {
    const response = await app.request('/api/openapi.json');
    expect(response.status).toBe(200);
    const document = z.object({ openapi: z.string(), paths: z.record(z.string(), z.unknown()) });
    const { openapi, paths } = document.parse(await response.json());
    expect(openapi).toBe('3.1.0');
    expect(Object.keys(paths)).toContain('/api/health');
  });
});

describe('errors', () => {
  it('answers an unknown route with a JSON 404', async () => {
    // A path no route has is beyond the typed client: a raw request.
    const notFound = await expectError(app.request('/api/no-such-thing'), 404);
    expect(notFound.error.code).toBe('NOT_FOUND');
  });
});
