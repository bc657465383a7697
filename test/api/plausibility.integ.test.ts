import { describe, expect, it } from 'vitest';
import { openYear } from '../../functions/local/seed-demo.js';
import { entryUnitId, indicatorPlaces } from '../../shared/model/agreement-indicators.js';
import { targetValue } from '../../shared/model/indicator.js';
import { clientAs, expectError, expectStatus } from '../support/api-client.js';
import { completeEntry, headOf } from '../support/fill-part.js';
import { withSeededStore } from '../support/seeded-store.js';

withSeededStore();

const yearParam = { agencyId: 'dinsos-hss', year: String(openYear()) };
const q1 = { ...yearParam, quarter: '1' };
const yearApi = (userId: string) => clientAs(userId).agencies[':agencyId'].years[':year'];
const partApi = (userId: string) => yearApi(userId).quarters[':quarter'].parts[':unitId'];

describe('a figure far from what was expected', () => {
  it('is not submitted until its division head confirms it; the confirmation is kept with the part and on the record', async () => {
    const { version } = await expectStatus(yearApi('pengamat').agreement.$get({ param: yearParam }), 200);
    const agreement = version?.agreement ?? expect.fail('no agreement');
    // A unit with a plain (not ratio) indicator targeted in TW1.
    const place = indicatorPlaces(agreement).find(
      (p) => !p.indicator.ratio && targetValue(p.indicator.quarterTargets[0]) > 0,
    );
    if (!place) throw new Error('the seed has a plain indicator targeted in TW1');
    const unitId = entryUnitId(place) ?? expect.fail('an indicator without its unit');
    const user = headOf[unitId] ?? expect.fail(unitId);
    const param = { ...q1, unitId };
    const { indicator } = place;
    const target = targetValue(indicator.quarterTargets[0]);
    const entry = completeEntry(agreement, unitId, 1);
    const line = entry.realisations.find((r) => r.indicatorId === indicator.id) ?? expect.fail('no line');
    Object.assign(line, { value: target * 100, explanation: 'Bantuan tambahan dari provinsi.' });
    const save = (revision: number) =>
      expectStatus(partApi(user).$put({ param, json: { revision, entry } }), 200);
    const submit = (revision: number) =>
      partApi(user)[':transition'].$post({ param: { ...param, transition: 'submit' }, json: { revision } });

    const saved = await save(1);
    const refused = await expectError(submit(saved.revision), 400);
    expect(refused.error.issues).toEqual([
      {
        path: `indicators.${indicator.id}.value`,
        message: expect.stringMatching(/^Periksa kembali: .* jauh di atas target .*Angka ini benar/),
      },
    ]);

    line.confirmedFigure = target * 100;
    const confirmed = await save(saved.revision);
    expect(confirmed.content.realisations.find((r) => r.indicatorId === indicator.id)?.confirmedFigure).toBe(
      target * 100,
    );
    expect(await expectStatus(submit(confirmed.revision), 200)).toMatchObject({ state: 'submitted' });

    const { events } = await expectStatus(
      yearApi('inspektorat').quarters[':quarter'].audit.$get({ query: {}, param: q1 }),
      200,
    );
    expect(events.find((event) => event.action === 'submit')?.confirmedFigures).toEqual([
      {
        indicatorId: indicator.id,
        indicatorCode: indicator.code,
        rule: 'aboveTarget',
        value: target * 100,
        reference: target,
      },
    ]);
  });
});
