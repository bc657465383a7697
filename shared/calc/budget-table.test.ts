import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureAgreement, fixturePart } from '../model/agreement.fixture.js';
import { buildBudgetTable } from './budget-table.js';

const agreement = fixtureAgreement();
const parts = [
  fixturePart('bidang-a', 1, { budget: [{ activityCode: '1.1', amount: 200_000 }] }),
  fixturePart('bidang-a', 2, {
    budget: [
      { activityCode: '1.1', amount: 300_000 },
      { activityCode: '1.2', amount: 2_500_000 },
    ],
  }),
  fixturePart('sekretariat', 4, { budget: [{ activityCode: '2.1', amount: 100_000 }] }),
];

describe('buildBudgetTable', () => {
  const table = buildBudgetTable({ agreement, parts });

  it('sums each activity spending over the quarters and subtotals programs', () => {
    const [programA, programB] = table.programs;
    expect(
      programA?.activities.map((a) => [a.code, a.allocation, a.realised, a.remainder, a.absorption]),
    ).toEqual([
      ['1.1', 1_000_000, 500_000, 500_000, 50],
      ['1.2', 2_500_000, 2_500_000, 0, 100],
    ]);
    expect(programA).toMatchObject({ allocation: 3_500_000, realised: 3_000_000, remainder: 500_000 });
    expect(programB).toMatchObject({ code: '2', allocation: 400_000, realised: 100_000, absorption: 25 });
    expect(table.total).toEqual({
      allocation: 3_900_000,
      realised: 3_100_000,
      absorption: (3_100_000 / 3_900_000) * 100,
      remainder: 800_000,
    });
  });

  it('counts spending up to the quarter asked for, per unit', () => {
    const tw1 = buildBudgetTable({ agreement, parts, asOfQuarter: 1, unitId: 'bidang-a' });
    expect(tw1.programs.map((p) => p.code)).toEqual(['1']);
    expect(tw1.total).toMatchObject({ allocation: 3_500_000, realised: 200_000 });
  });

  it('keeps totals equal to the sum of the rows', () => {
    const spending = fc.array(
      fc.record({
        unit: fc.constantFrom('bidang-a', 'sekretariat'),
        quarter: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
        activityCode: fc.constantFrom('1.1', '1.2', '2.1'),
        amount: fc.integer({ min: 0, max: 1e12 }),
      }),
    );
    fc.assert(
      fc.property(spending, (entries) => {
        const generated = entries.map((e) =>
          fixturePart(e.unit, e.quarter, { budget: [{ activityCode: e.activityCode, amount: e.amount }] }),
        );
        const t = buildBudgetTable({ agreement, parts: generated });
        const activities = t.programs.flatMap((p) => p.activities);
        const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
        return (
          t.total.realised === sum(entries.map((e) => e.amount)) &&
          t.total.realised === sum(activities.map((a) => a.realised)) &&
          t.total.allocation === sum(t.programs.map((p) => p.allocation)) &&
          t.programs.every((p) => p.remainder === sum(p.activities.map((a) => a.remainder)))
        );
      }),
    );
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(table))).toEqual(table);
  });
});
