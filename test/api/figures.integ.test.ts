import { describe, expect, it } from 'vitest';
import { openYear } from '../../functions/local/seed-demo.js';
import type { TAgreementVersion } from '../../shared/model/agreement.js';
import { entryUnitId, indicatorPlaces } from '../../shared/model/agreement-indicators.js';
import { callAs } from '../support/api-client.js';
import { withSeededStore } from '../support/seeded-store.js';

withSeededStore();

const year = `/api/agencies/dinsos-hss/years/${openYear()}`;
const unitId = 'perlindungan-jaminan';
const partPath = `${year}/quarters/1/parts/${unitId}`;

async function agreementInForce(): Promise<TAgreementVersion> {
  const { body } = await callAs('pengamat', 'GET', `${year}/agreement`);
  return body.versions[0].agreement;
}

describe('figures within reason', () => {
  it('refuses a negative count and numbers DynamoDB cannot keep with a 400 naming the field, never a 500', async () => {
    const agreement = await agreementInForce();
    const persons = indicatorPlaces(agreement).find(
      (place) => entryUnitId(place) === unitId && place.indicator.unit === 'Orang',
    )?.indicator;
    if (!persons) throw new Error('the seed has a count indicator for this unit');
    for (const value of [-5, 2.5, 1e16, 1e20, 1e308, 1e-300]) {
      const saved = await callAs('kabid-perlindungan', 'PUT', partPath, {
        revision: 1,
        entry: { realisations: [{ indicatorId: persons.id, value }] },
      });
      expect(saved.status, String(value)).toBe(400);
      expect(saved.body.error.issues.map((issue: { path: string }) => issue.path)).toEqual([
        'entry.realisations.0.value',
      ]);
    }
    const { body } = await callAs('pengamat', 'GET', partPath);
    expect(body.part.revision).toBe(1);
  });

  it('refuses a negative target, an unstorable band bound and an unbounded budget', async () => {
    const draft = await callAs('perencana', 'POST', `${year}/agreement/versions`, {});
    expect(draft.status).toBe(201);
    const content = structuredClone(draft.body.agreement);
    const persons = content.activities[0].indicators[0];
    Object.assign(persons, { target: -5, quarterTargets: [-5, 0, 0, 0] });
    content.activities[1].budget = 9e15;
    const saved = await callAs('perencana', 'PUT', `${year}/agreement/versions/${draft.body.version}`, {
      revision: draft.body.revision,
      content,
    });
    expect(saved.status).toBe(400);
    expect(saved.body.error.issues.map((issue: { path: string }) => issue.path)).toEqual([
      'content.activities.1.budget',
    ]);
    content.activities[1].budget = 1000;
    const negative = await callAs('perencana', 'PUT', `${year}/agreement/versions/${draft.body.version}`, {
      revision: draft.body.revision,
      content,
    });
    expect(negative.status).toBe(400);
    expect(negative.body.error.issues.map((issue: { path: string }) => issue.path)).toEqual([
      'content.activities.0.indicators.0.target',
      'content.activities.0.indicators.0.quarterTargets.0',
    ]);

    const { body: settings } = await callAs('pengamat', 'GET', '/api/agencies/dinsos-hss/settings');
    const { revision, ...current } = settings;
    current.statusBands[0].min = 1e-300;
    const bands = await callAs('perencana', 'PUT', '/api/agencies/dinsos-hss/settings', {
      revision,
      settings: current,
    });
    expect(bands.status).toBe(400);
    expect(bands.body.error.issues[0].path).toBe('settings.statusBands.0.min');
  });
});
