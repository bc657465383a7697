import { describe, expect, it, vi } from 'vitest';
import { openYear } from '../../functions/local/seed-demo.js';
import type { TActivity } from '../../shared/model/agreement.js';
import { ZAgreementRecordSchema } from '../../shared/model/records.js';
import { clientAs, expectError, expectStatus } from '../support/api-client.js';
import { withSeededStore } from '../support/seeded-store.js';

withSeededStore();

const agency = { agencyId: 'dinsos-hss' };
const openYearParam = { ...agency, year: String(openYear()) };
const agreementApi = (userId: string) => clientAs(userId).agencies[':agencyId'].years[':year'].agreement;

describe('reading the agreement', () => {
  it('lists both 2019 versions with the Perubahan in force', async () => {
    const body = await expectStatus(
      agreementApi('pengamat').$get({ param: { ...agency, year: '2019' } }),
      200,
    );
    expect(body.inForce).toBe(2);
    expect(body.versions.map((v) => v.kind)).toEqual(['murni', 'perubahan']);
    expect(body.versions[0]?.signedBy?.nip).toBe('196703281986092001');
    expect(body.versions[0]).not.toHaveProperty('agreement');
    expect(body.version).toMatchObject({ version: 2, agreement: { kind: 'perubahan' } });
  });

  it('brings the version asked for whole, and a 404 naming one the year does not have', async () => {
    const param = { ...agency, year: '2019' };
    const first = await expectStatus(
      agreementApi('pengamat').versions[':version'].$get({ param: { ...param, version: '1' } }),
      200,
    );
    expect(first.version).toMatchObject({ version: 1, state: 'signed', agreement: { kind: 'murni' } });
    expect(first.versions.map((v) => v.version)).toEqual([1, 2]);
    const missing = await expectError(
      agreementApi('pengamat').versions[':version'].$get({ param: { ...param, version: '9' } }),
      404,
    );
    expect(missing.error.message).toMatch(/9/);
  });

  it('checks a signed version once per process, not on every read', async () => {
    const param = { ...agency, year: '2019' };
    const first = await expectStatus(agreementApi('pengamat').$get({ param }), 200);
    const checks = vi.spyOn(ZAgreementRecordSchema, 'parse');
    expect(await expectStatus(agreementApi('pengamat').$get({ param }), 200)).toEqual(first);
    expect(checks).not.toHaveBeenCalled();
    checks.mockRestore();
  });

  it('lets the region-wide auditor read and refuses an unknown agency or a malformed year', async () => {
    await expectStatus(agreementApi('inspektorat').$get({ param: { ...agency, year: '2019' } }), 200);
    await expectError(
      agreementApi('pengamat').$get({ param: { agencyId: 'dinkes-hss', year: '2019' } }),
      404,
    );
    const bad = await expectError(agreementApi('pengamat').$get({ param: { ...agency, year: 'abc' } }), 400);
    expect(bad.error.issues[0]?.path).toBe('year');
  });
});

describe('editing a draft revision', () => {
  it('copies the version in force into a Perubahan draft, refuses inconsistent or stale saves, and saves', async () => {
    const createDraft = (userId: string) =>
      agreementApi(userId).versions.$post({ param: openYearParam, json: {} });
    await expectError(createDraft('kabid-pemberdayaan'), 403);

    const created = await expectStatus(createDraft('perencana'), 201);
    expect(created).toMatchObject({
      version: 2,
      state: 'draft',
      revision: 1,
      agreement: { kind: 'perubahan' },
    });
    await expectError(createDraft('perencana'), 409);

    const { objectives, programs, activities } = created.agreement;
    const save = (revision: number, changed: TActivity[]) =>
      agreementApi('perencana').versions[':version'].$put({
        param: { ...openYearParam, version: '2' },
        json: { revision, content: { objectives, programs, activities: changed } },
      });
    const negative = structuredClone(activities);
    negative[0] = { ...(negative[0] ?? expect.fail('no activity')), budget: -5 };
    const refused = await expectError(save(1, negative), 400);
    expect(refused.error.issues.map((issue) => issue.path)).toEqual(['content.activities.0.budget']);

    const inconsistent = structuredClone(activities);
    const indicator = inconsistent[0]?.indicators[0] ?? expect.fail('no indicator');
    indicator.aggregation = 'sum';
    indicator.quarterTargets = [1, 1, 1, 1];
    const rules = await expectError(save(1, inconsistent), 400);
    expect(rules.error.issues).toEqual([
      { path: 'content.activities.0.indicators.0.quarterTargets', message: expect.any(String) },
    ]);

    const renamed = structuredClone(activities);
    renamed[0] = { ...(renamed[0] ?? expect.fail('no activity')), budget: 60_000_000 };
    const saved = await expectStatus(save(1, renamed), 200);
    expect(saved.revision).toBe(2);

    const stale = await expectError(save(1, activities), 409);
    expect(stale.error.details).toHaveProperty('current.revision', 2);
    expect(stale.error.details).toHaveProperty(
      ['current', 'agreement', 'activities', 0, 'budget'],
      60_000_000,
    );
  });
});
