import { describe, expect, it, vi } from 'vitest';

// As on AWS: the API knows the secret the web distribution adds to every request it forwards.
const secret = vi.hoisted(() => {
  process.env.ORIGIN_SECRET = 'a-secret-only-cloudfront-and-the-api-know-1234';
  return process.env.ORIGIN_SECRET;
});

import { app } from '../../functions/api/app.js';
import { originSecretHeader } from '../../functions/api/origin-header.js';
import { withIsolatedStore } from '../support/store.js';

withIsolatedStore();

describe('an API that only CloudFront may call', () => {
  it('refuses a direct request, in the caller’s language, before reading anything', async () => {
    const attempts: Record<string, string>[] = [
      {},
      { [originSecretHeader]: `${secret}x` },
      { [originSecretHeader]: 'short' },
    ];
    for (const headers of attempts) {
      const response = await app.request('/api/health?lang=en', { headers });
      expect(response.status).toBe(403);
      expect((await response.json()).error).toMatchObject({
        code: 'FORBIDDEN',
        message: 'This API only serves the Capaian web app; open the app’s address instead',
      });
    }
    const indonesian = await app.request('/api/dev/users');
    expect(indonesian.status).toBe(403);
    expect((await indonesian.json()).error.message).toMatch(/hanya melayani aplikasi web/);
  });

  it('serves what came through CloudFront', async () => {
    const response = await app.request('/api/health', { headers: { [originSecretHeader]: secret } });
    expect(response.status).toBe(200);
  });
});
