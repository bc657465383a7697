import { describe, expect, it } from 'vitest';
import { openYear } from '../../functions/local/seed-demo.js';
import { callAs } from '../support/api-client.js';
import { withSeededStore } from '../support/seeded-store.js';

withSeededStore();

const base = `/api/agencies/dinsos-hss/years/${openYear()}/agreement/versions`;

describe('the messages of shared/ rules', () => {
  it('come in English when the request asks (?lang=en), in Indonesian otherwise', async () => {
    const created = await callAs('perencana', 'POST', `${base}?lang=en`, {});
    expect(created.status).toBe(201);
    const { objectives, programs, activities } = created.body.agreement;
    const save = (query: string, changed: unknown) =>
      callAs('perencana', 'PUT', `${base}/2${query}`, {
        revision: created.body.revision,
        content: { objectives, programs, activities: changed },
      });

    const inconsistent = structuredClone(activities);
    inconsistent[0].indicators[0].aggregation = 'sum';
    inconsistent[0].indicators[0].quarterTargets = [1, 1, 1, 2];
    const english = await save('?lang=en', inconsistent);
    expect(english.status).toBe(400);
    expect(english.body.error.message).toBe('The agreement is not consistent');
    expect(english.body.error.issues).toEqual([
      {
        path: 'content.activities.0.indicators.0.quarterTargets',
        message: expect.stringMatching(/^the sum of the Q1–Q4 targets \(5\) must equal the annual target/),
      },
    ]);
    const indonesian = await save('', inconsistent);
    expect(indonesian.status).toBe(400);
    expect(indonesian.body.error.issues[0].message).toMatch(/^jumlah target TW1–TW4 \(5\) harus sama/);

    const negative = structuredClone(activities);
    negative[0].budget = -5;
    const refused = await save('?lang=en', negative);
    expect(refused.status).toBe(400);
    expect(refused.body.error.issues).toEqual([
      {
        path: 'content.activities.0.budget',
        message: 'must be a whole number of Rupiah, not negative, at most Rp 10,000,000,000,000',
      },
    ]);
  });
});
