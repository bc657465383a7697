import { describe, expect, it } from 'vitest';
import { agreement2019Perubahan, parts2019 } from '../seed/hss-2019.js';
import { seedUnits } from '../seed/organisation.js';
import { filledContent, filledRows } from './part-fill.js';

const unitId = seedUnits.pemberdayaan.id;
const part = parts2019.find((p) => p.quarter === 4 && p.unitId === unitId) ?? expect.fail('no part');
const [first, second] = part.realisations;
const [spent] = part.budget;

describe("a part filled from the planner's sheet", () => {
  it('takes the figures the sheet holds and keeps the rest of the draft', () => {
    if (!first || !second || !spent) return expect.fail('the seed part has figures');
    const entry = {
      realisations: [{ indicatorId: first.indicatorId, value: 7, explanation: 'dari lembar kerja' }],
      budget: [{ activityCode: spent.activityCode, amount: spent.amount }],
    };
    const content = filledContent(part, entry);
    expect(content.realisations.find((r) => r.indicatorId === first.indicatorId)).toMatchObject({
      value: 7,
      explanation: 'dari lembar kerja',
    });
    expect(content.realisations.find((r) => r.indicatorId === second.indicatorId)).toEqual(second);
    expect(content.narratives).toEqual(part.narratives);
  });

  it('lists each row it fills, before and after, marking those that change', () => {
    if (!first || !spent) return expect.fail('the seed part has figures');
    const entry = {
      realisations: [{ indicatorId: first.indicatorId, value: 7 }],
      budget: [{ activityCode: spent.activityCode, amount: spent.amount }],
    };
    const rows = filledRows(agreement2019Perubahan, part, entry);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ after: { value: 7 }, changed: true });
    expect(rows[0]?.before).not.toBeNull();
    expect(rows[1]).toMatchObject({
      code: spent.activityCode,
      measure: 'Rp',
      before: { value: spent.amount },
      after: { value: spent.amount },
      changed: false,
    });
  });

  it('says a figure new to the draft was not there before', () => {
    const empty = { ...part, realisations: [], budget: [] };
    const rows = filledRows(agreement2019Perubahan, empty, {
      realisations: [],
      budget: [{ activityCode: spent?.activityCode ?? '', amount: 5 }],
    });
    expect(rows).toEqual([expect.objectContaining({ before: null, after: { value: 5 }, changed: true })]);
  });
});
