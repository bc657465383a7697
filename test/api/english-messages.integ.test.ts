import { describe, expect, it } from 'vitest';
import { openYear } from '../../functions/local/seed-demo.js';
import type { TActivity } from '../../shared/model/agreement.js';
import { clientAs, expectError, expectStatus } from '../support/api-client.js';
import { withSeededStore } from '../support/seeded-store.js';

withSeededStore();

const param = { agencyId: 'dinsos-hss', year: String(openYear()) };
const versionsIn = (lang?: 'en') =>
  clientAs('perencana', { lang }).agencies[':agencyId'].years[':year'].agreement.versions;

describe('the messages of shared/ rules', () => {
  it('come in English when the request asks (?lang=en), in Indonesian otherwise', async () => {
    const created = await expectStatus(versionsIn('en').$post({ param, json: {} }), 201);
    const { objectives, programs, activities } = created.agreement;
    const save = (lang: 'en' | undefined, changed: TActivity[]) =>
      versionsIn(lang)[':version'].$put({
        param: { ...param, version: '2' },
        json: { revision: created.revision, content: { objectives, programs, activities: changed } },
      });

    const inconsistent = structuredClone(activities);
    const indicator = inconsistent[0]?.indicators[0] ?? expect.fail('no indicator');
    indicator.aggregation = 'sum';
    indicator.quarterTargets = [1, 1, 1, 2];
    const inEnglish = await expectError(save('en', inconsistent), 400);
    expect(inEnglish.error.message).toBe('The agreement is not consistent');
    expect(inEnglish.error.issues).toEqual([
      {
        path: 'content.activities.0.indicators.0.quarterTargets',
        message: expect.stringMatching(/^the sum of the Q1–Q4 targets \(5\) must equal the annual target/),
      },
    ]);
    const inIndonesian = await expectError(save(undefined, inconsistent), 400);
    expect(inIndonesian.error.issues[0]?.message).toMatch(/^jumlah target TW1–TW4 \(5\) harus sama/);

    const negative = structuredClone(activities);
    negative[0] = { ...(negative[0] ?? expect.fail('no activity')), budget: -5 };
    const refused = await expectError(save('en', negative), 400);
    expect(refused.error.issues).toEqual([
      {
        path: 'content.activities.0.budget',
        message: 'must be a whole number of Rupiah, not negative, at most Rp 10,000,000,000,000',
      },
    ]);
  });
});
