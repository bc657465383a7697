import { sign } from 'hono/jwt';
import { describe, expect, it } from 'vitest';
import { config } from '../../functions/config.js';
import { putItems } from '../../functions/db/batch.js';
import { userEntity } from '../../functions/db/entities.js';
import { getUser } from '../../functions/db/organisation.js';
import { openYear } from '../../functions/local/seed-demo.js';
import type { TUser } from '../../shared/model/organisation.js';
import { apiClient, authorizationOf, clientAs, expectError, expectStatus } from '../support/api-client.js';
import { withSeededStore } from '../support/seeded-store.js';
import { recordSentCommands } from '../support/sent-commands.js';

withSeededStore();

// Every DynamoDB command this file's requests send, by name.
const sent = recordSentCommands();

const part = {
  agencyId: 'dinsos-hss',
  year: String(openYear()),
  quarter: '1',
  unitId: 'pemberdayaan-sosial',
};
const savePart = (client: ReturnType<typeof apiClient>) =>
  client.agencies[':agencyId'].years[':year'].quarters[':quarter'].parts[':unitId'].$put({
    param: part,
    json: { revision: 999, entry: {} },
  });

/** A client whose token carries exactly these claims, signed with the local secret. */
function clientWith(claims: Record<string, unknown>, expiresIn: number | null = 600) {
  const now = Math.floor(Date.now() / 1000);
  const payload = { iat: now, ...claims, ...(expiresIn !== null && { exp: now + expiresIn }) };
  return apiClient(async () => ({
    authorization: `Bearer ${await sign(payload, config.LOCAL_AUTH_SECRET ?? '', 'HS256')}`,
  }));
}

/** Writes a user record as another Lambda instance would: this process never hears of the write. */
async function changeElsewhere(userId: string, change: Partial<TUser>) {
  const stored = (await getUser(userId)) ?? expect.fail(userId);
  await putItems([userEntity.item({ ...stored, ...change })]);
}

describe('who a token is', () => {
  it('binds the sign-in identity (sub) at first sign-in; the email claim alone signs nobody in', async () => {
    await expectStatus(clientAs('kepala-dinas').me.$get(), 200);
    expect((await getUser('kepala-dinas'))?.sub).toBe('local-kepala-dinas');
    const impostor = clientWith({
      sub: 'someone-else',
      email: 'kepala@dinsos-hss.example',
      email_verified: true,
    });
    await expectError(impostor.me.$get(), 401);
    // The address on the record changes; the person signed in stays who they are.
    await changeElsewhere('kepala-dinas', { email: 'kadis@dinsos-hss.example' });
    expect((await expectStatus(clientAs('kepala-dinas').me.$get(), 200)).user.id).toBe('kepala-dinas');
  });

  it('reads the identity it bound no more: the next save is one transaction and two reads', async () => {
    const head = clientAs('kabid-perlindungan');
    const param = { ...part, unitId: 'perlindungan-jaminan' };
    const partApi = head.agencies[':agencyId'].years[':year'].quarters[':quarter'].parts[':unitId'];
    await expectStatus(partApi.$get({ param }), 200); // the first sign-in: it binds the identity
    sent.length = 0;
    await expectStatus(partApi.$put({ param, json: { revision: 1, entry: { narratives: [] } } }), 200);
    // The user's record and the year; no binding read again.
    expect(sent).toEqual(['QueryCommand', 'QueryCommand', 'TransactWriteItemsCommand']);
  });

  it('refuses an unverified address and a token without an expiry', async () => {
    const claims = { sub: 'local-sekretaris', email: 'sekretaris@dinsos-hss.example' };
    await expectStatus(clientWith({ ...claims, email_verified: true }).me.$get(), 200);
    await expectError(clientWith({ ...claims, email_verified: false }).me.$get(), 401);
    await expectError(clientWith(claims).me.$get(), 401);
    await expectError(clientWith({ ...claims, email_verified: true }, null).me.$get(), 401);
  });
});

describe('role changes take effect at once', () => {
  it('on the next request, even when another instance wrote the change', async () => {
    const headOfUnit = clientAs('kabid-pemberdayaan');
    await expectError(savePart(headOfUnit), 409);
    await changeElsewhere('kabid-pemberdayaan', { roles: ['viewer'], unitId: undefined });
    await expectError(savePart(headOfUnit), 403);
    expect((await expectStatus(headOfUnit.me.$get(), 200)).user.roles).toEqual(['viewer']);
  });

  it("a user's preference change writes their preferences only, never an older record", async () => {
    const user = clientAs('kabid-rehabilitasi');
    expect((await expectStatus(user.me.$get(), 200)).user.roles).toEqual(['division_head']);
    await changeElsewhere('kabid-rehabilitasi', { roles: ['viewer'], unitId: undefined });
    await expectStatus(user.me.$put({ json: { locale: 'en' } }), 200);
    const stored = await getUser('kabid-rehabilitasi');
    expect(stored).toMatchObject({ roles: ['viewer'], locale: 'en' });
    expect(stored?.unitId).toBeUndefined();
  });
});

describe('local tools', () => {
  it('list users and emails only to a signed-in user; signing in stays open', async () => {
    await expectError(apiClient().dev.users.$get(), 401);
    await expectError(apiClient().dev.outbox.$get(), 401);
    await expectStatus(clientAs('pengamat').dev.users.$get(), 200);
    await expectStatus(clientAs('pengamat').dev.outbox.$get(), 200);
    expect((await authorizationOf('pengamat')).authorization).toMatch(/^Bearer /);
  });
});
