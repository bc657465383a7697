import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { app } from '../../functions/api/app.js';
import { openYear } from '../../functions/local/seed-demo.js';
import { callAs } from '../support/api-client.js';
import { completeEntry } from '../support/fill-part.js';
import { withSeededStore } from '../support/seeded-store.js';
import { signIn } from '../support/sign-in.js';

withSeededStore();

const year = `/api/agencies/dinsos-hss/years/${openYear()}`;
const partPath = `${year}/quarters/2/parts/perlindungan-jaminan`;

describe('concurrent edits', () => {
  it('lets one of two saves on the same revision win; the other gets 409 and the current state, nothing is lost', async () => {
    const { body: agreement } = await callAs('pengamat', 'GET', `${year}/agreement`);
    const full = completeEntry(agreement.versions[0].agreement, 'perlindungan-jaminan', 2);
    const first = { realisations: full.realisations.slice(0, 1) };
    const second = { realisations: full.realisations.slice(1, 2) };
    const results = await Promise.all([
      callAs('kabid-perlindungan', 'PUT', partPath, { revision: 1, entry: first }),
      callAs('kabid-perlindungan', 'PUT', partPath, { revision: 1, entry: second }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.status === 200)?.body;
    const loser = results.find((r) => r.status === 409)?.body;
    expect(loser.error.details.current.revision).toBe(2);
    const { body: stored } = await callAs('pengamat', 'GET', partPath);
    expect(stored.part.revision).toBe(2);
    expect(stored.part.content.realisations).toEqual(winner.content.realisations);
    // The loser retries on the current revision; both entries are then kept.
    const firstWon = winner.content.realisations[0].indicatorId === first.realisations[0]?.indicatorId;
    const merged = {
      realisations: [...stored.part.content.realisations, ...(firstWon ? second : first).realisations],
    };
    const retried = await callAs('kabid-perlindungan', 'PUT', partPath, { revision: 2, entry: merged });
    expect(retried.status).toBe(200);
    expect(retried.body.content.realisations).toHaveLength(2);
  });
});

describe('bad input', () => {
  const targets: { method: string; path: string; user: string }[] = [
    { method: 'PUT', path: partPath, user: 'kabid-perlindungan' },
    { method: 'POST', path: `${partPath}/submit`, user: 'kabid-perlindungan' },
    { method: 'POST', path: `${partPath}/return`, user: 'verifikator' },
    { method: 'POST', path: `${partPath}/evidence`, user: 'kabid-perlindungan' },
    { method: 'POST', path: `${year}/quarters/2/reopen`, user: 'kepala-dinas' },
    { method: 'PUT', path: `${year}/agreement/versions/1`, user: 'perencana' },
    { method: 'POST', path: `${year}/agreement/versions`, user: 'perencana' },
    { method: 'PUT', path: '/api/agencies/dinsos-hss/settings', user: 'perencana' },
  ];

  it('never answers random payloads with a 500, always with a JSON error naming the problem', async () => {
    const headers = new Map<string, Record<string, string>>();
    for (const { user } of targets)
      headers.set(user, { ...(await signIn(user)), 'content-type': 'application/json' });
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
        if (response.status >= 400) expect((await response.json()).error.code).toMatch(/^[A-Z_]+$/);
      }),
      { numRuns: 150 },
    );
  });

  it('answers path parameters out of range with 400 or 404, never 500', async () => {
    for (const path of [
      `${year}/quarters/9/parts/x`,
      '/api/agencies/NOT OK/years/2019/agreement',
      `${year}/quarters/1/parts/../../x`,
      '/api/agencies/dinsos-hss/years/99999/budget',
    ]) {
      const { status } = await callAs('pengamat', 'GET', path);
      expect([400, 404]).toContain(status);
    }
  });
});
