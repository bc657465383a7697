import type { TAgreementVersion } from '../model/agreement.js';
import { indicatorPlaces } from '../model/agreement-indicators.js';
import { targetValue } from '../model/indicator.js';
import { quarterly, quarters, type TQuarter } from '../model/quarter.js';
import type { TQuarterPartContent } from '../model/realisation.js';
import { isAnnualOnly } from './annual-only.js';
import { absorption } from './budget.js';
import { buildBudgetTable } from './budget-table.js';
import { realisationsByIndicator } from './collect.js';
import {
  achievementToDate,
  realisationToDate,
  targetToDate,
  yearAchievement,
  yearRealisation,
} from './to-date.js';

/** A year's signed agreement in force and its units' parts: what a trend reads of that year. */
export type TTrendYear = { agreement: TAgreementVersion; parts: readonly TQuarterPartContent[] };

/** Realisation against target at one point: a quarter to date, or a whole past year. */
export type TTrendPoint = { target: number; realisation: number | null; achievement: number | null };

export type TIndicatorTrend = {
  indicatorId: string;
  indicatorCode: string;
  name: string;
  unit: string;
  annualOnly: boolean;
  /** The same indicator in the previous years that have it, oldest first: the year's own figures. */
  years: (TTrendPoint & { year: number })[];
  /** This year TW1..TW4, each to date (s.d. triwulan), as the performance table reads them. */
  quarters: (TTrendPoint & { quarter: TQuarter })[];
};

/** The agency's budget by quarter: what was spent in it, and to date against the year's allocation. */
type TBudgetTrendPoint = {
  quarter: TQuarter;
  realised: number;
  /** The quarter's own spending as % of the year's allocation. */
  absorptionInQuarter: number | null;
  realisedToDate: number;
  absorption: number | null;
};

export type TTrends = {
  year: number;
  /** The past years read beside it, oldest first. */
  pastYears: number[];
  allocation: number;
  budget: TBudgetTrendPoint[];
  indicators: TIndicatorTrend[];
};

/** Each indicator of a year with its realisations TW1..TW4, by indicator id. */
function indicatorsOf({ agreement, parts }: TTrendYear) {
  const realisations = realisationsByIndicator(parts);
  return new Map(
    indicatorPlaces(agreement).map(({ indicator }) => [
      indicator.id,
      { indicator, realisations: realisations.get(indicator.id) ?? quarterly(undefined) },
    ]),
  );
}

/**
 * Trends of a year: per indicator, realisation against target in each quarter to date and in each
 * past year that has the indicator (matched by its id, which a year's agreement keeps from the last);
 * and the budget absorbed by each quarter's end.
 */
export function buildTrends(current: TTrendYear, past: readonly TTrendYear[]): TTrends {
  const pastYears = [...past].sort((a, b) => a.agreement.year - b.agreement.year);
  const pastIndicators = pastYears.map((year) => ({ year: year.agreement.year, byId: indicatorsOf(year) }));
  const indicators = [...indicatorsOf(current).values()].map(({ indicator, realisations }) => ({
    indicatorId: indicator.id,
    indicatorCode: indicator.code,
    name: indicator.name,
    unit: indicator.unit,
    annualOnly: isAnnualOnly(indicator),
    years: pastIndicators.flatMap(({ year, byId }) => {
      const then = byId.get(indicator.id);
      if (!then) return [];
      return [
        {
          year,
          target: targetValue(then.indicator.target),
          realisation: yearRealisation(then.indicator, then.realisations),
          achievement: yearAchievement(then.indicator, then.realisations),
        },
      ];
    }),
    quarters: quarters.map((quarter) => ({
      quarter,
      target: targetToDate(indicator, quarter),
      realisation: realisationToDate(indicator, realisations, quarter),
      achievement: achievementToDate(indicator, realisations, quarter),
    })),
  }));
  const toDate = quarters.map(
    (quarter) =>
      buildBudgetTable({ agreement: current.agreement, parts: current.parts, asOfQuarter: quarter }).total,
  );
  return {
    year: current.agreement.year,
    pastYears: pastIndicators.map(({ year }) => year),
    allocation: toDate[0]?.allocation ?? 0,
    budget: toDate.map((total, i) => {
      const realised = total.realised - (toDate[i - 1]?.realised ?? 0);
      return {
        quarter: quarters[i] as TQuarter,
        realised,
        absorptionInQuarter: absorption(total.allocation, realised),
        realisedToDate: total.realised,
        absorption: total.absorption,
      };
    }),
    indicators,
  };
}
