import { describe, expect, it } from 'vitest';
import { app } from '../../functions/api/app.js';
import { withIsolatedStore } from '../support/store.js';

withIsolatedStore();

describe('GET /api/health', () => {
  it('reports DynamoDB and S3 reachable', async () => {
    const response = await app.request('/api/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, dynamodb: { ok: true }, s3: { ok: true } });
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
