import { describe, expect, it } from 'vitest';
import { app } from '../../functions/api/app.js';
import { apiClient, clientAs, expectError, expectStatus, untypedRequest } from '../support/api-client.js';
import { withSeededStore } from '../support/seeded-store.js';

withSeededStore();

describe('development sign-in', () => {
  it('tells the web app to use it, with the local tools', async () => {
    expect(await expectStatus(apiClient().config.$get(), 200)).toEqual({
      authMode: 'local',
      cognito: null,
      localTools: true,
    });
  });

  it('lists the seeded users, one per role, to a signed-in user', async () => {
    const { users } = await expectStatus(clientAs('pengamat').dev.users.$get(), 200);
    const roles = new Set(users.flatMap((user) => user.roles));
    expect([...roles].sort()).toEqual(['admin', 'division_head', 'head', 'planner', 'verifier', 'viewer']);
  });

  it('issues a token that /api/me accepts', async () => {
    const { user } = await expectStatus(clientAs('kabid-pemberdayaan').me.$get(), 200);
    expect(user).toMatchObject({
      id: 'kabid-pemberdayaan',
      unitId: 'pemberdayaan-sosial',
      roles: ['division_head'],
    });
  });

  it('refuses a missing or forged token with 401, in Indonesian by default and in English on request', async () => {
    const missing = await expectError(apiClient().me.$get(), 401);
    expect(missing.error.message).toBe('Silakan masuk terlebih dahulu');
    const forged = await expectError(
      apiClient(async () => ({ authorization: 'Bearer abc.def.ghi' }), { lang: 'en' }).me.$get(),
      401,
    );
    expect(forged.error.message).toBe('Invalid session, please sign in again');
  });

  it('answers an unknown user with 404 and a bad body with a 400 naming the field', async () => {
    // Raw requests: a number for userId and broken JSON are what the typed client cannot send.
    const post = (body: string) =>
      app.request('/api/dev/sign-in', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
    await expectError(apiClient().dev['sign-in'].$post({ json: { userId: 'nobody' } }), 404);
    const bad = await expectError(post(JSON.stringify({ userId: 42 })), 400);
    expect(bad.error.issues).toEqual([{ path: 'userId', message: 'harus berupa teks' }]);
    const broken = await expectError(post('{not json'), 400);
    expect(broken.error.message).toBe('Isi permintaan tidak dapat dibaca: bukan JSON yang valid');
  });

  it('lets users choose their language and turn reminders off for themselves', async () => {
    const me = clientAs('kabid-perlindungan').me;
    const saved = await expectStatus(me.$put({ json: { locale: 'en', remindersOff: true } }), 200);
    expect(saved.user).toMatchObject({ locale: 'en', remindersOff: true });
    const read = await expectStatus(me.$get(), 200);
    expect(read.user).toMatchObject({ locale: 'en', remindersOff: true });
    await expectError(untypedRequest('kabid-perlindungan', 'PUT', '/api/me', { locale: 'fr' }), 400);
  });
});
