import { describe, expect, it } from 'vitest';
import { app } from '../../functions/api/app.js';

// No withIsolatedStore(): this file's table and buckets were never created.
describe('GET /api/health without a table', () => {
  it('answers 503 and names what is unreachable', async () => {
    const response = await app.request('/api/health');
    expect(response.status).toBe(503);
    const health = await response.json();
    expect(health.ok).toBe(false);
    expect(health.dynamodb).toEqual({ ok: false, error: 'ResourceNotFoundException' });
    expect(health.s3.ok).toBe(false);
  });
});
