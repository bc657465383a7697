import type { TLocale } from '../i18n.js';
import { quarterSheetMessages } from '../messages/quarter-sheet.js';
import type { TAgreementVersion } from '../model/agreement.js';
import { entryUnitId, indicatorPlaces } from '../model/agreement-indicators.js';
import { targetValue } from '../model/indicator.js';
import type { TUnit } from '../model/organisation.js';
import type { TQuarter } from '../model/quarter.js';
import type { TQuarterPartContent } from '../model/realisation.js';

/** A cell of an entry sheet as written: text, a number, or nothing. */
export type TEntryValue = string | number | null;

/** The indicator table's columns, in order; the activity table's follow. */
export const indicatorColumnKeys = [
  'code',
  'name',
  'unit',
  'target',
  'realisation',
  'numerator',
  'denominator',
  'explanation',
] as const;
export const activityColumnKeys = ['code', 'name', 'allocation', 'spent'] as const;

/** Row numbers (1-based) of an entry sheet's parts, the same for every unit. */
export const entrySheetRows = { title: 1, unit: 2, hint: 3, indicatorHeader: 5 } as const;

export type EntrySheetOptions = {
  agreement: TAgreementVersion;
  unit: TUnit;
  year: number;
  quarter: TQuarter;
  /** The part's draft: its figures are written in, so a sheet downloaded again shows them. */
  part?: TQuarterPartContent;
  locale: TLocale;
};

/**
 * A unit's entry sheet for a quarter as a grid: title, the unit, a hint, then its indicators
 * (code, name, satuan, the quarter's target, the realisation, a ratio's parts, the explanation)
 * and, after a blank row, its activities (code, name, alokasi, the quarter's spending).
 */
export function entrySheetGrid(options: EntrySheetOptions): TEntryValue[][] {
  const { agreement, unit, year, quarter, part, locale } = options;
  const m = quarterSheetMessages[locale];
  const realisation = (id: string) => part?.realisations.find((r) => r.indicatorId === id);
  const indicators = indicatorPlaces(agreement)
    .filter((place) => entryUnitId(place) === unit.id)
    .map(({ indicator }): TEntryValue[] => {
      const r = realisation(indicator.id);
      return [
        indicator.code,
        indicator.name,
        indicator.unit,
        targetValue(indicator.quarterTargets[quarter - 1] ?? 0),
        r?.value ?? null,
        r?.numerator ?? null,
        r?.denominator ?? null,
        r?.explanation ?? null,
      ];
    });
  const activities = agreement.activities
    .filter((activity) => activity.unitId === unit.id)
    .map((activity): TEntryValue[] => [
      activity.code,
      activity.name,
      activity.budget,
      part?.budget.find((b) => b.activityCode === activity.code)?.amount ?? null,
    ]);
  return [
    [m.title(quarter, year)],
    [m.unitLabel, unit.name],
    [m.hint],
    [],
    indicatorColumnKeys.map((key) => m.indicatorColumns[key]),
    ...indicators,
    [],
    activityColumnKeys.map((key) => m.activityColumns[key]),
    ...activities,
  ];
}
