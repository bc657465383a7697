import { describe, expect, it } from 'vitest';
import { quarters } from '../model/quarter.js';
import { agreement2019Perubahan, parts2019 } from '../seed/hss-2019.js';
import { buildBudgetTable } from './budget-table.js';
import { buildE81Table } from './e81-table.js';
import { formatPercent } from './format.js';
import { buildPerformanceTable } from './performance-table.js';

const agreement = agreement2019Perubahan;
const parts = parts2019;

describe('Tabel E.81 of the seed year', () => {
  it("equals the agency's own quarter tables: every K figure the performance table's, every Rp figure the budget table's", () => {
    for (const asOfQuarter of quarters) {
      const e81 = buildE81Table({ agreement, parts, asOfQuarter });
      const performance = buildPerformanceTable({ agreement, parts, asOfQuarter });
      const budget = buildBudgetTable({ agreement, parts, asOfQuarter });
      const withIndicator = e81.rows.filter((row) => row.kinerja !== null);
      expect(withIndicator).toHaveLength(performance.rows.length);
      withIndicator.forEach((row, i) => {
        const same = performance.rows[i];
        expect([row.level, row.code, row.indicatorName]).toEqual([
          same?.level,
          same?.code,
          same?.indicatorName,
        ]);
        expect(row.kinerja?.target).toBe(same?.target);
        expect(row.kinerja?.quarters.slice(0, asOfQuarter)).toEqual(same?.realisations.slice(0, asOfQuarter));
        expect(row.kinerja?.quarters.slice(asOfQuarter)).toEqual(Array(4 - asOfQuarter).fill(null));
        expect(row.kinerja?.year).toBe(same?.yearRealisation);
      });
      for (const program of budget.programs) {
        const row = e81.rows.find((r) => r.level === 'program' && r.code === program.code);
        expect([row?.rupiah?.target, row?.rupiah?.year]).toEqual([program.allocation, program.realised]);
        for (const activity of program.activities) {
          const line = e81.rows.find((r) => r.level === 'activity' && r.code === activity.code);
          expect([line?.rupiah?.target, line?.rupiah?.year, line?.rupiah?.achievement]).toEqual([
            activity.allocation,
            activity.realised,
            activity.absorption,
          ]);
        }
      }
      expect([e81.total.target, e81.total.year, e81.total.achievement]).toEqual([
        budget.total.allocation,
        budget.total.realised,
        budget.total.absorption,
      ]);
    }
  });

  it('adds the quarters up to the year: Rp 15.959.915.800 allocated, Rp 15.184.698.608 spent, 95,14 %', () => {
    const e81 = buildE81Table({ agreement, parts, asOfQuarter: 4 });
    expect(e81.total.target).toBe(15_959_915_800);
    expect(e81.total.quarters.reduce((a, b) => (a ?? 0) + (b ?? 0), 0)).toBe(15_184_698_608);
    expect(formatPercent(e81.total.achievement)).toBe('95,14 %');
    // Every program's Rp is its activities' sum, quarter by quarter (an activity's rows share its Rp).
    const rupiahOf = (level: 'program' | 'activity', code: string) =>
      e81.rows.find((r) => r.level === level && r.code === code)?.rupiah;
    for (const program of agreement.programs) {
      const activities = agreement.activities.filter((a) => a.programCode === program.code);
      for (const q of quarters)
        expect(rupiahOf('program', program.code)?.quarters[q - 1]).toBe(
          activities.reduce((sum, a) => sum + (rupiahOf('activity', a.code)?.quarters[q - 1] ?? 0), 0),
        );
    }
  });

  it("measures column 14 against the year's target, leaves the quarters after the one reported blank, and averages the programs' and activities' achievements", () => {
    const tw2 = buildE81Table({ agreement, parts, asOfQuarter: 2 });
    const sum = tw2.rows.find((row) => row.kinerja && row.kinerja.target > 0 && row.level === 'activity');
    const k = sum?.kinerja;
    expect(k?.quarters[2]).toBeNull();
    expect(sum?.rupiah?.quarters[3]).toBeNull();
    if (k?.year != null) expect(k.achievement).toBeCloseTo((k.year / k.target) * 100, 10);
    const achievements = tw2.rows
      .filter((row) => row.level !== 'objective')
      .flatMap((row) => (row.kinerja?.achievement != null ? [row.kinerja.achievement] : []));
    expect(tw2.averageAchievement).toBeCloseTo(
      achievements.reduce((a, b) => a + b, 0) / achievements.length,
      10,
    );
    expect(tw2.band).not.toBeNull();
  });

  it('gives Nilai AKIP no year and no achievement while TW4 has no score, as the sign-off table does', () => {
    const e81 = buildE81Table({ agreement, parts, asOfQuarter: 4 });
    const akip = e81.rows.find((row) => row.indicatorName === 'Nilai/Predikat AKIP')?.kinerja;
    expect(akip).toMatchObject({
      target: 81.57,
      quarters: [0, 0, null, null],
      year: null,
      achievement: null,
    });
  });
});
