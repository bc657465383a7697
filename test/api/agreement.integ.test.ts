import { describe, expect, it } from 'vitest';
import { app } from '../../functions/api/app.js';
import { openYear } from '../../functions/local/seed-demo.js';
import { withSeededStore } from '../support/seeded-store.js';
import { signIn } from '../support/sign-in.js';

withSeededStore();

const year = openYear();
const base = '/api/agencies/dinsos-hss/years';

async function call(userId: string, path: string, init: RequestInit = {}) {
  const headers = { ...(await signIn(userId)), 'content-type': 'application/json' };
  const response = await app.request(path, { ...init, headers });
  return { status: response.status, body: await response.json() };
}

describe('reading the agreement', () => {
  it('lists both 2019 versions with the Perubahan in force', async () => {
    const { status, body } = await call('pengamat', `${base}/2019/agreement`);
    expect(status).toBe(200);
    expect(body.inForce).toBe(2);
    expect(body.versions.map((v: { agreement: { kind: string } }) => v.agreement.kind)).toEqual([
      'murni',
      'perubahan',
    ]);
    expect(body.versions[0].signedBy.nip).toBe('196703281986092001');
  });

  it('lets the region-wide auditor read and refuses an unknown agency or a malformed year', async () => {
    expect((await call('inspektorat', `${base}/2019/agreement`)).status).toBe(200);
    expect((await call('pengamat', '/api/agencies/dinkes-hss/years/2019/agreement')).status).toBe(404);
    const bad = await call('pengamat', `${base}/abc/agreement`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].path).toBe('year');
  });
});

describe('editing a draft revision', () => {
  it('copies the version in force into a Perubahan draft, refuses inconsistent or stale saves, and saves', async () => {
    expect(
      (await call('kabid-pemberdayaan', `${base}/${year}/agreement/versions`, { method: 'POST', body: '{}' }))
        .status,
    ).toBe(403);

    const created = await call('perencana', `${base}/${year}/agreement/versions`, {
      method: 'POST',
      body: '{}',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      version: 2,
      state: 'draft',
      revision: 1,
      agreement: { kind: 'perubahan' },
    });
    const again = await call('perencana', `${base}/${year}/agreement/versions`, {
      method: 'POST',
      body: '{}',
    });
    expect(again.status).toBe(409);

    const { objectives, programs, activities } = created.body.agreement;
    const url = `${base}/${year}/agreement/versions/2`;
    const save = (revision: number, changed: unknown) =>
      call('perencana', url, {
        method: 'PUT',
        body: JSON.stringify({ revision, content: { objectives, programs, activities: changed } }),
      });
    const negative = structuredClone(activities);
    negative[0].budget = -5;
    const refused = await save(1, negative);
    expect(refused.status).toBe(400);
    expect(refused.body.error.issues.map((issue: { path: string }) => issue.path)).toEqual([
      'content.activities.0.budget',
    ]);

    const inconsistent = structuredClone(activities);
    inconsistent[0].indicators[0].aggregation = 'sum';
    inconsistent[0].indicators[0].quarterTargets = [1, 1, 1, 1];
    const rules = await save(1, inconsistent);
    expect(rules.status).toBe(400);
    expect(rules.body.error.issues).toEqual([
      { path: 'content.activities.0.indicators.0.quarterTargets', message: expect.any(String) },
    ]);

    const renamed = structuredClone(activities);
    renamed[0].budget = 60_000_000;
    const saved = await save(1, renamed);
    expect(saved.status).toBe(200);
    expect(saved.body.revision).toBe(2);

    const stale = await save(1, activities);
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.current.revision).toBe(2);
    expect(stale.body.error.details.current.agreement.activities[0].budget).toBe(60_000_000);
  });
});
