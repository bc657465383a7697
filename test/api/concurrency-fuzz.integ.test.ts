import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { app } from '../../functions/api/app.js';
import { ZErrorBodySchema } from '../../functions/api/schemas/common.js';
import { openYear } from '../../functions/local/seed-demo.js';
import { authorizationOf, clientAs, expectError, expectStatus } from '../support/api-client.js';
import { completeEntry } from '../support/fill-part.js';
import { withSeededStore } from '../support/seeded-store.js';

withSeededStore();

const yearParam = { agencyId: 'dinsos-hss', year: String(openYear()) };
const partParam = { ...yearParam, quarter: '2', unitId: 'perlindungan-jaminan' };
const partApi = (userId: string) =>
  clientAs(userId).agencies[':agencyId'].years[':year'].quarters[':quarter'].parts[':unitId'];

describe('concurrent edits', () => {
  it('lets one of two saves on the same revision win; the other gets 409 and the current state, nothing is lost', async () => {
    const agreement = await expectStatus(
      clientAs('pengamat').agencies[':agencyId'].years[':year'].agreement.$get({ param: yearParam }),
      200,
    );
    const version = agreement.version?.agreement ?? expect.fail('no agreement');
    const full = completeEntry(version, 'perlindungan-jaminan', 2);
    const first = { realisations: full.realisations.slice(0, 1) };
    const second = { realisations: full.realisations.slice(1, 2) };
    const save = (revision: number, entry: typeof first) =>
      partApi('kabid-perlindungan').$put({ param: partParam, json: { revision, entry } });
    const [a, b] = await Promise.all([save(1, first), save(1, second)]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const [won, lost] = a.status === 200 ? [a, b] : [b, a];
    const winner = await expectStatus(won, 200);
    const loser = await expectError(lost, 409);
    expect(loser.error.details).toHaveProperty('current.revision', 2);
    const stored = await expectStatus(partApi('pengamat').$get({ param: partParam }), 200);
    expect(stored.part.revision).toBe(2);
    expect(stored.part.content.realisations).toEqual(winner.content.realisations);
    // The loser retries on the current revision; both entries are then kept.
    const firstWon = winner.content.realisations[0]?.indicatorId === first.realisations[0]?.indicatorId;
    const merged = {
      realisations: [...stored.part.content.realisations, ...(firstWon ? second : first).realisations],
    };
    const retried = await expectStatus(save(2, merged), 200);
    expect(retried.content.realisations).toHaveLength(2);
  });
});

describe('bad input', () => {
  const year = `/api/agencies/dinsos-hss/years/${openYear()}`;
  const partPath = `${year}/quarters/2/parts/perlindungan-jaminan`;
  // Raw requests: random bodies are what no typed client would send.
  const targets: { method: string; path: string; user: string }[] = [
    { method: 'PUT', path: partPath, user: 'kabid-perlindungan' },
    { method: 'POST', path: `${partPath}/submit`, user: 'kabid-perlindungan' },
    { method: 'POST', path: `${partPath}/return`, user: 'verifikator' },
    { method: 'POST', path: `${partPath}/evidence`, user: 'kabid-perlindungan' },
    {
      method: 'DELETE',
      path: `${partPath}/evidence/00000000-0000-4000-8000-000000000000`,
      user: 'kabid-perlindungan',
    },
    { method: 'POST', path: `${year}/quarters/2/reopen`, user: 'kepala-dinas' },
    { method: 'PUT', path: `${year}/agreement/versions/1`, user: 'perencana' },
    { method: 'POST', path: `${year}/agreement/versions`, user: 'perencana' },
    { method: 'PUT', path: '/api/agencies/dinsos-hss/settings', user: 'perencana' },
  ];

  it('never answers random payloads with a 500, always with a JSON error naming the problem', async () => {
    const headers = new Map<string, Record<string, string>>();
    for (const { user } of targets)
      headers.set(user, { ...(await authorizationOf(user)), 'content-type': 'application/json' });
    const payload = fc.oneof(
      fc.jsonValue().map((value) => JSON.stringify(value)),
      fc
        .record({
          revision: fc.oneof(fc.integer(), fc.string()),
          entry: fc.jsonValue(),
          content: fc.jsonValue(),
        })
        .map((v) => JSON.stringify(v)),
      fc.string(),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...targets), payload, async (target, body) => {
        const response = await app.request(target.path, {
          method: target.method,
          headers: headers.get(target.user),
          body,
        });
        expect(response.status).toBeLessThan(500);
        if (response.status >= 400)
          expect(ZErrorBodySchema.parse(await response.json()).error.code).toMatch(/^[A-Z_]+$/);
      }),
      { numRuns: 150 },
    );
  });

  it('answers path parameters out of range with 400 or 404, never 500', async () => {
    const api = clientAs('pengamat').agencies[':agencyId'];
    for (const call of [
      api.years[':year'].quarters[':quarter'].parts[':unitId'].$get({
        param: { ...yearParam, quarter: '9', unitId: 'x' },
      }),
      api.years[':year'].agreement.$get({ param: { agencyId: 'NOT OK', year: '2019' } }),
      api.years[':year'].quarters[':quarter'].parts[':unitId'].$get({
        param: { ...yearParam, quarter: '1', unitId: '../../x' },
      }),
      api.years[':year'].budget.$get({ param: { agencyId: 'dinsos-hss', year: '99999' }, query: {} }),
    ]) {
      expect([400, 404]).toContain((await call).status);
    }
  });
});
