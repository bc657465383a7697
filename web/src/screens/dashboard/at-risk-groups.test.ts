import { describe, expect, it } from 'vitest';
import { buildPerformanceTable } from '../../../../shared/calc/performance-table';
import { agreement2019Perubahan, parts2019 } from '../../../../shared/seed/hss-2019';
import { atRiskGroups } from './at-risk-groups';

const rowsAt = (asOfQuarter: 3 | 4) =>
  buildPerformanceTable({ agreement: agreement2019Perubahan, parts: parts2019, asOfQuarter }).rows;

describe('the at-risk list grouped for a phone (seed 2019)', () => {
  const rows = rowsAt(3);
  const groups = atRiskGroups(rows);
  const listed = groups.flatMap((group) => group.items);

  it('keeps every indicator at risk after TW3, each once, in the group of the unit that enters it', () => {
    const atRisk = rows.filter((row) => row.atRisk);
    expect(atRisk).toHaveLength(17);
    expect(listed.map((row) => row.indicatorId).sort()).toEqual(atRisk.map((row) => row.indicatorId).sort());
    for (const group of groups)
      expect(group.items.every((row) => row.unitIds[0] === group.unitId)).toBe(true);
    expect(groups.map((group) => [group.unitId, group.items.length])).toEqual([
      ['pemberdayaan-sosial', 11],
      ['pelayanan-rehabilitasi', 3],
      ['perlindungan-jaminan', 3],
    ]);
  });

  it('puts the most severe first: within a group and across groups by their worst', () => {
    const worst = (row: (typeof listed)[number]) => row.atRisk.bestAchievement ?? Number.POSITIVE_INFINITY;
    for (const group of groups) {
      const order = group.items.map(worst);
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
    const heads = groups.map((group) => worst(group.items[0] as (typeof listed)[number]));
    expect(heads).toEqual([...heads].sort((a, b) => a - b));
    expect(heads[0]).toBe(Math.min(...listed.map(worst)));
  });

  it('lists nothing when nothing is at risk', () => {
    expect(atRiskGroups(rows.map((row) => ({ ...row, atRisk: null })))).toEqual([]);
  });
});
