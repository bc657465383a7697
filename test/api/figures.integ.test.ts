import { describe, expect, it } from 'vitest';
import { openYear } from '../../functions/local/seed-demo.js';
import { entryUnitId, indicatorPlaces } from '../../shared/model/agreement-indicators.js';
import { clientAs, expectError, expectStatus } from '../support/api-client.js';
import { withSeededStore } from '../support/seeded-store.js';

withSeededStore();

const agency = { agencyId: 'dinsos-hss' };
const yearParam = { ...agency, year: String(openYear()) };
const unitId = 'perlindungan-jaminan';
const partParam = { ...yearParam, quarter: '1', unitId };
const agencyApi = (userId: string) => clientAs(userId).agencies[':agencyId'];
const yearApi = (userId: string) => agencyApi(userId).years[':year'];
const partApi = (userId: string) => yearApi(userId).quarters[':quarter'].parts[':unitId'];

async function agreementInForce() {
  const { version } = await expectStatus(yearApi('pengamat').agreement.$get({ param: yearParam }), 200);
  return version?.agreement ?? expect.fail('no agreement');
}

describe('figures within reason', () => {
  it('refuses a negative count and numbers DynamoDB cannot keep with a 400 naming the field, never a 500', async () => {
    const agreement = await agreementInForce();
    const persons = indicatorPlaces(agreement).find(
      (place) => entryUnitId(place) === unitId && place.indicator.unit === 'Orang',
    )?.indicator;
    if (!persons) throw new Error('the seed has a count indicator for this unit');
    for (const value of [-5, 2.5, 1e16, 1e20, 1e308, 1e-300]) {
      const saved = await expectError(
        partApi('kabid-perlindungan').$put({
          param: partParam,
          json: { revision: 1, entry: { realisations: [{ indicatorId: persons.id, value }] } },
        }),
        400,
      );
      expect(
        saved.error.issues.map((issue) => issue.path),
        String(value),
      ).toEqual(['entry.realisations.0.value']);
    }
    const { part } = await expectStatus(partApi('pengamat').$get({ param: partParam }), 200);
    expect(part.revision).toBe(1);
  });

  it('refuses a negative target, an unstorable band bound and an unbounded budget', async () => {
    const versions = yearApi('perencana').agreement.versions;
    const draft = await expectStatus(versions.$post({ param: yearParam, json: {} }), 201);
    const content = structuredClone(draft.agreement);
    const [first, second] = content.activities;
    const persons = first?.indicators[0];
    if (!persons || !second) throw new Error('the seed has two activities, the first with an indicator');
    Object.assign(persons, { target: -5, quarterTargets: [-5, 0, 0, 0] });
    second.budget = 9e15;
    const save = () =>
      versions[':version'].$put({
        param: { ...yearParam, version: String(draft.version) },
        json: { revision: draft.revision, content },
      });
    const saved = await expectError(save(), 400);
    expect(saved.error.issues.map((issue) => issue.path)).toEqual(['content.activities.1.budget']);
    second.budget = 1000;
    const negative = await expectError(save(), 400);
    expect(negative.error.issues.map((issue) => issue.path)).toEqual([
      'content.activities.0.indicators.0.target',
      'content.activities.0.indicators.0.quarterTargets.0',
    ]);

    const { revision, ...current } = await expectStatus(
      agencyApi('pengamat').settings.$get({ param: agency }),
      200,
    );
    const [band] = current.statusBands;
    if (!band) throw new Error('the settings have a band');
    band.min = 1e-300;
    const bands = await expectError(
      agencyApi('perencana').settings.$put({ param: agency, json: { revision, settings: current } }),
      400,
    );
    expect(bands.error.issues[0]?.path).toBe('settings.statusBands.0.min');
  });
});
