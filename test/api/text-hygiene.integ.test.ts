import { describe, expect, it } from 'vitest';
import { openYear } from '../../functions/local/seed-demo.js';
import { clientAs, expectError, expectStatus } from '../support/api-client.js';
import { withSeededStore } from '../support/seeded-store.js';

withSeededStore();

const agency = { agencyId: 'dinsos-hss' };
const yearParam = { ...agency, year: String(openYear()) };
const partParam = { ...yearParam, quarter: '1', unitId: 'pemberdayaan-sosial' };
const agencyApi = (userId: string) => clientAs(userId).agencies[':agencyId'];
const yearApi = (userId: string) => agencyApi(userId).years[':year'];
const partApi = (userId: string) => yearApi(userId).quarters[':quarter'].parts[':unitId'];

describe('text as it is stored', () => {
  it('strips control characters and bidi overrides from free text and file names before storing', async () => {
    const { version } = await expectStatus(yearApi('pengamat').agreement.$get({ param: yearParam }), 200);
    const activity = version?.agreement.activities.find(
      (a) => a.unitId === partParam.unitId && a.indicators.length > 0,
    );
    const indicatorId = activity?.indicators[0]?.id ?? expect.fail('the unit has an indicator');
    const explanation = 'Belum\u0000 ada\u202E\r\npenerima.\u2066';
    const saved = await expectStatus(
      partApi('kabid-pemberdayaan').$put({
        param: partParam,
        json: { revision: 1, entry: { realisations: [{ indicatorId, value: 0, explanation }] } },
      }),
      200,
    );
    expect(saved.content.realisations[0]?.explanation).toBe('Belum ada\npenerima.');

    const uploaded = await expectStatus(
      partApi('kabid-pemberdayaan').evidence.$post({
        param: partParam,
        json: { indicatorId, fileName: 'daftar\u202Efdp.exe', contentType: 'application/pdf', size: 10 },
      }),
      201,
    );
    expect(uploaded.evidence.fileName).toBe('daftarfdp.exe');
  });

  it('refuses names and labels that are blank once trimmed, naming the field', async () => {
    const user = await expectError(
      agencyApi('perencana').users[':userId'].$put({
        param: { ...agency, userId: 'pengguna-kosong' },
        json: {
          email: 'kosong@dinsos-hss.example',
          name: ' \u202E\t',
          roles: ['viewer'],
          locale: 'id',
          remindersOff: false,
        },
      }),
      400,
    );
    expect(user.error.issues.map((issue) => issue.path)).toEqual(['name']);

    const versions = yearApi('perencana').agreement.versions;
    const draft = await expectStatus(versions.$post({ param: yearParam, json: {} }), 201);
    const content = structuredClone(draft.agreement);
    const [first] = content.activities;
    const [indicator] = first?.indicators ?? [];
    if (!first || !indicator) throw new Error('the seed has an activity with an indicator');
    first.name = '   ';
    indicator.unit = '\u2067\u2069';
    const refused = await expectError(
      versions[':version'].$put({
        param: { ...yearParam, version: String(draft.version) },
        json: { revision: draft.revision, content },
      }),
      400,
    );
    expect(refused.error.issues.map((issue) => issue.path)).toEqual([
      'content.activities.0.name',
      'content.activities.0.indicators.0.unit',
    ]);
  });
});
