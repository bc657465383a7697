import { describe, expect, it } from 'vitest';
import { apiClient } from '../support/api-client.js';

// No withIsolatedStore(): this file's table and buckets were never created.
describe('GET /api/health without a table or buckets', () => {
  it('answers 503 with Retry-After and names each part that is down', async () => {
    const response = await apiClient().health.$get();
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(await response.json()).toEqual({
      ok: false,
      checkedAt: expect.any(String),
      database: { ok: false, error: 'ResourceNotFoundException' },
      reportStorage: { ok: false, error: 'NotFound' },
      evidenceStorage: { ok: false, error: 'NotFound' },
    });
  });
});
