import { describe, expect, it } from 'vitest';
import { app } from '../../functions/api/app.js';
import { withSeededStore } from '../support/seeded-store.js';
import { signIn } from '../support/sign-in.js';

withSeededStore();

describe('development sign-in', () => {
  it('tells the web app to use it, with the local tools', async () => {
    const response = await app.request('/api/config');
    expect(await response.json()).toEqual({ authMode: 'local', cognito: null, localTools: true });
  });

  it('lists the seeded users, one per role', async () => {
    const response = await app.request('/api/dev/users');
    const { users } = await response.json();
    const roles = new Set(users.flatMap((user: { roles: string[] }) => user.roles));
    expect([...roles].sort()).toEqual(['admin', 'division_head', 'head', 'planner', 'verifier', 'viewer']);
  });

  it('issues a token that /api/me accepts', async () => {
    const response = await app.request('/api/me', { headers: await signIn('kabid-pemberdayaan') });
    expect(response.status).toBe(200);
    const { user } = await response.json();
    expect(user).toMatchObject({
      id: 'kabid-pemberdayaan',
      unitId: 'pemberdayaan-sosial',
      roles: ['division_head'],
    });
  });

  it('refuses a missing or forged token with 401, in Indonesian by default and in English on request', async () => {
    const missing = await app.request('/api/me');
    expect(missing.status).toBe(401);
    expect((await missing.json()).error.message).toBe('Silakan masuk terlebih dahulu');
    const forged = await app.request('/api/me?lang=en', { headers: { authorization: 'Bearer abc.def.ghi' } });
    expect(forged.status).toBe(401);
    expect((await forged.json()).error.message).toBe('Invalid session, please sign in again');
  });

  it('answers an unknown user with 404 and a bad body with a 400 naming the field', async () => {
    const post = (body: string) =>
      app.request('/api/dev/sign-in', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
    expect((await post(JSON.stringify({ userId: 'nobody' }))).status).toBe(404);
    const bad = await post(JSON.stringify({ userId: 42 }));
    expect(bad.status).toBe(400);
    const { error } = await bad.json();
    expect(error.issues).toEqual([{ path: 'userId', message: expect.stringContaining('Input tidak valid') }]);
    expect((await post('{not json')).status).toBe(400);
  });

  it('lets users choose their language and turn reminders off for themselves', async () => {
    const headers = { ...(await signIn('kabid-perlindungan')), 'content-type': 'application/json' };
    const saved = await app.request('/api/me', {
      method: 'PUT',
      headers,
      body: JSON.stringify({ locale: 'en', remindersOff: true }),
    });
    expect((await saved.json()).user).toMatchObject({ locale: 'en', remindersOff: true });
    const me = await app.request('/api/me', { headers });
    expect((await me.json()).user).toMatchObject({ locale: 'en', remindersOff: true });
    const bad = await app.request('/api/me', {
      method: 'PUT',
      headers,
      body: JSON.stringify({ locale: 'fr' }),
    });
    expect(bad.status).toBe(400);
  });
});
