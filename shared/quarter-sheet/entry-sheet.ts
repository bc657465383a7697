import type { TLocale } from '../i18n.js';
import { quarterSheetMessages } from '../messages/quarter-sheet.js';
import type { TAgreementVersion } from '../model/agreement.js';
import { entryUnitId, indicatorPlaces } from '../model/agreement-indicators.js';
import { targetValue } from '../model/indicator.js';
import type { TUnit } from '../model/organisation.js';
import type { TQuarter } from '../model/quarter.js';
import type { TQuarterPartContent } from '../model/realisation.js';
import type { TSheetModel } from '../workbook/sheet-model.js';

/** A cell of an entry sheet as written: text, a number, or nothing. */
export type TEntryValue = string | number | null;

/** The entry table's columns, in order. */
export const entryColumnKeys = [
  'unit',
  'code',
  'name',
  'measure',
  'target',
  'realisation',
  'numerator',
  'denominator',
  'explanation',
] as const;
export type TEntryColumn = (typeof entryColumnKeys)[number];

/** What an activity's row says in the Satuan column: its figures are Rupiah. */
export const rupiahMeasure = 'Rp';

export type EntrySheetOptions = {
  agreement: TAgreementVersion;
  /** The units whose rows the sheet holds: a division head's own, or every unit (the planner). */
  units: readonly TUnit[];
  year: number;
  quarter: TQuarter;
  /** The units' drafts: their figures are written in, so a sheet downloaded again shows them. */
  parts: readonly TQuarterPartContent[];
  locale: TLocale;
};

const widths: Record<TEntryColumn, number> = {
  unit: 28,
  code: 10,
  name: 60,
  measure: 10,
  target: 16,
  realisation: 16,
  numerator: 12,
  denominator: 12,
  explanation: 40,
};

/** The columns the person fills in: marked in the workbook. */
export const inputColumns: readonly TEntryColumn[] = [
  'realisation',
  'numerator',
  'denominator',
  'explanation',
];

/**
 * A quarter's entry sheet: for each unit, its indicators (the quarter's target, the realisation
 * or a ratio's parts, the explanation) and then its activities (the alokasi, and the quarter's
 * spending in the realisation column, Satuan "Rp"). Every row names its unit, so one sheet
 * carries a whole quarter for the planner as well as one unit's part.
 */
export function entrySheet(options: EntrySheetOptions): TSheetModel {
  const { agreement, units, quarter, parts, locale } = options;
  const m = quarterSheetMessages[locale];
  const places = indicatorPlaces(agreement);
  const rows = units.flatMap((unit): TEntryValue[][] => {
    const part = parts.find((p) => p.unitId === unit.id);
    const indicators = places
      .filter((place) => entryUnitId(place) === unit.id)
      .map(({ indicator }): TEntryValue[] => {
        const r = part?.realisations.find((x) => x.indicatorId === indicator.id);
        return [
          unit.name,
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
        unit.name,
        activity.code,
        activity.name,
        rupiahMeasure,
        activity.budget,
        part?.budget.find((b) => b.activityCode === activity.code)?.amount ?? null,
        null,
        null,
        null,
      ]);
    return [...indicators, ...activities];
  });
  return {
    name: m.sheetName(quarter, options.year),
    columns: entryColumnKeys.map((key) => ({
      header: m.columns[key],
      width: widths[key],
      ...(inputColumns.includes(key) && { input: true }),
    })),
    rows,
  };
}
