import { describe, expect, it } from 'vitest';
import type { TQuarterPartContent } from '../model/realisation.js';
import { agreement2019Perubahan, deriveAgreementForYear, parts2019 } from '../seed/hss-2019.js';
import { reportedFigures2019 } from '../seed/hss-2019-reported.js';
import { formatNumber, formatPercent } from './format.js';
import { buildPerformanceTable } from './performance-table.js';
import { buildTrends } from './trends.js';

const year2019 = { agreement: agreement2019Perubahan, parts: parts2019 };
const trendOf = (trends: ReturnType<typeof buildTrends>, indicatorId: string) => {
  const found = trends.indicators.find((row) => row.indicatorId === indicatorId);
  if (!found) throw new Error(`no trend for ${indicatorId}`);
  return found;
};

describe('trends of a year (seed 2019)', () => {
  const trends = buildTrends(year2019, []);

  it('absorbs the direct spending quarter by quarter up to the LKj’s 95,14 % of Rp 15.959.915.800', () => {
    const { directSpending } = reportedFigures2019;
    expect(trends.allocation).toBe(directSpending.allocation);
    const tw4 = trends.budget[3];
    expect(tw4?.realisedToDate).toBe(directSpending.realised);
    expect(formatPercent(tw4?.absorption)).toBe(`${directSpending.absorption} %`);
    // The LKj enters 2019's spending in TW4 alone: nothing absorbed before it.
    expect(trends.budget.map((point) => point.realised)).toEqual([0, 0, 0, directSpending.realised]);
    expect(trends.budget.map((point) => point.absorption)).toEqual([0, 0, 0, tw4?.absorption]);
    expect(trends.budget.map((point) => point.absorptionInQuarter)).toEqual([0, 0, 0, tw4?.absorption]);
  });

  it('reads each quarter to date: Bantuan sosial anak terlantar, 347 given by TW2 against 950', () => {
    const trend = trendOf(trends, 'bantuan-sosial-anak-terlantar');
    expect(trend.quarters.map((q) => q.quarter)).toEqual([1, 2, 3, 4]);
    expect(trend.quarters[1]).toMatchObject({ quarter: 2, realisation: 347 });
    expect(trend.years).toEqual([]);
  });

  it('reads the IKU as the performance table does: to date each quarter, the year at TW4', () => {
    const trend = trendOf(trends, 'persentase-pmks-mandiri');
    const row = buildPerformanceTable({ agreement: agreement2019Perubahan, parts: parts2019 }).rows.find(
      (r) => r.indicatorId === 'persentase-pmks-mandiri',
    );
    expect(trend.quarters.map((q) => formatNumber(q.realisation))).toEqual([
      '37,63',
      '50,88',
      '54,27',
      '60,35',
    ]);
    expect(trend.quarters.map((q) => formatNumber(q.target))).toEqual(['39,29', '58,9', '65,47', '65,74']);
    expect(trend.quarters.map((q) => q.achievement)).toEqual(row?.toDateAchievements);
    expect(trend.quarters[3]?.realisation).toBe(row?.yearRealisation);
  });

  it('shows an annual-only indicator without figures until its year is scored: Nilai AKIP (IKU-2)', () => {
    const trend = trendOf(trends, 'nilai-akip');
    expect(trend.annualOnly).toBe(true);
    // The seed enters 0 in TW1–TW2 and nothing after: no score yet, not a realisation of 0.
    expect(trend.quarters.map((q) => [q.realisation, q.achievement])).toEqual([
      [null, null],
      [null, null],
      [null, null],
      [null, null],
    ]);
  });
});

describe('trends against the previous years that exist', () => {
  const year2020 = { agreement: deriveAgreementForYear(2020), parts: [] as TQuarterPartContent[] };

  it('sets 2019’s year beside an open 2020 that has no figures yet', () => {
    const trends = buildTrends(year2020, [year2019]);
    expect(trends.pastYears).toEqual([2019]);
    const trend = trendOf(trends, 'persentase-pmks-mandiri');
    expect(trend.years).toHaveLength(1);
    expect(trend.years[0]).toMatchObject({ year: 2019, target: 65.74 });
    // The year from its own parts, as the LKj's formula: 10.249 / 16.982.
    expect(formatNumber(trend.years[0]?.realisation)).toBe('60,35');
    expect(formatPercent(trend.years[0]?.achievement)).toBe('91,80 %');
    expect(trend.quarters.every((q) => q.realisation === null && q.achievement === null)).toBe(true);
    expect(trends.budget.every((point) => point.realised === 0 && point.absorption === 0)).toBe(true);
  });

  it('leaves out a past year that did not have the indicator', () => {
    const without = {
      ...agreement2019Perubahan,
      objectives: agreement2019Perubahan.objectives.map((o) => ({ ...o, indicators: [] })),
    };
    const trends = buildTrends(year2020, [{ agreement: without, parts: parts2019 }]);
    expect(trendOf(trends, 'persentase-pmks-mandiri').years).toEqual([]);
    expect(trendOf(trends, 'bantuan-sosial-anak-terlantar').years).toHaveLength(1);
  });
});
