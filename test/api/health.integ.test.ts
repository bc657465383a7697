import { describe, expect, it, vi } from 'vitest';
import { app } from '../../functions/api/app.js';
import { dynamodb } from '../../functions/db/client.js';
import { s3 } from '../../functions/s3/client.js';
import { withIsolatedStore } from '../support/store.js';

withIsolatedStore();

describe('GET /api/health', () => {
  it('reports the database and both storages answering', async () => {
    const response = await app.request('/api/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
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
    const answers = await Promise.all(Array.from({ length: 20 }, () => app.request('/api/health')));
    expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(200));
    // The first test's check is still fresh: no call at all.
    expect(databaseCalls.mock.calls.length + storageCalls.mock.calls.length).toBeLessThanOrEqual(3);
    const [first, last] = await Promise.all([answers[0]?.json(), answers[19]?.json()]);
    expect(last.checkedAt).toBe(first.checkedAt);
    vi.restoreAllMocks();
  });
});

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document listing every route', async () => {
    const response = await app.request('/api/openapi.json');
    expect(response.status).toBe(200);
    const document = await response.json();
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toContain('/api/health');
  });
});

describe('errors', () => {
  it('answers an unknown route with a JSON 404', async () => {
    const response = await app.request('/api/no-such-thing');
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe('NOT_FOUND');
  });
});
