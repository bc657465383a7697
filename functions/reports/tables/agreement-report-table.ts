import { formatTarget } from '../../../shared/calc/format.js';
import type { TLocale } from '../../../shared/i18n.js';
import { reportMessages } from '../../../shared/messages/reports.js';
import type { TActivity, TAgreementVersion, TProgram } from '../../../shared/model/agreement.js';
import type { TIndicator } from '../../../shared/model/indicator.js';
import type { TReportContext } from '../report-context.js';
import { figureCell, numberedHeaderRow, spanningRow, type TCell, type TReportTable } from './report-table.js';

type TRow = (TCell | null)[];
/** The cells around an indicator: null where a cell above spans down over this row. */
type TLead = {
  no: TCell | null;
  objective: TCell | null;
  program: TCell | null;
  activity: TCell | null;
  budget: TCell | null;
};

const columns = 7;
const rupiah = (value: number, bold = false): TCell => ({ ...figureCell(value, { decimals: 0 }), bold });
const spanning = (cell: TCell, rowSpan: number): TCell => (rowSpan > 1 ? { ...cell, rowSpan } : cell);
const covered: TLead = { no: null, objective: null, program: null, activity: null, budget: null };

/** One row per indicator (one blank row if none), the lead cells spanning all of them. */
function ownerRows(
  indicators: readonly TIndicator[],
  lead: (rows: number) => TLead,
  locale: TLocale,
): TRow[] {
  const items: (TIndicator | null)[] = indicators.length ? [...indicators] : [null];
  const first = lead(items.length);
  return items.map((indicator, i) => {
    const { no, objective, program, activity, budget } = i === 0 ? first : covered;
    const target = indicator ? `${formatTarget(indicator.target, locale)} ${indicator.unit}` : '';
    return [
      no,
      objective,
      { value: indicator?.name ?? '' },
      { value: target, align: 'center' },
      program,
      activity,
      budget,
    ];
  });
}

const rowsOf = (indicators: readonly TIndicator[]) => Math.max(indicators.length, 1);

/** A program's outcome rows then its activities' output rows; the program's name spans them all. */
function programRows(program: TProgram, activities: readonly TActivity[], locale: TLocale): TRow[] {
  const budget = activities.reduce((sum, a) => sum + a.budget, 0);
  const span = rowsOf(program.indicators) + activities.reduce((sum, a) => sum + rowsOf(a.indicators), 0);
  const own = ownerRows(
    program.indicators,
    (n) => ({
      no: spanning({ value: program.code, align: 'center', bold: true }, n),
      objective: spanning({ value: '' }, n),
      program: spanning({ value: program.name, bold: true }, span),
      activity: spanning({ value: '' }, n),
      budget: spanning(rupiah(budget, true), n),
    }),
    locale,
  );
  const activityRows = activities.flatMap((activity) =>
    ownerRows(
      activity.indicators,
      (n) => ({
        no: spanning({ value: activity.code, align: 'center' }, n),
        objective: spanning({ value: '' }, n),
        program: null,
        activity: spanning({ value: activity.name }, n),
        budget: spanning(rupiah(activity.budget), n),
      }),
      locale,
    ),
  );
  return [...own, ...activityRows];
}

/** The Perjanjian Kinerja table: No, objective, indicator, target, program, activity, budget. */
export function agreementReportTable(agreement: TAgreementVersion, context: TReportContext): TReportTable {
  const l = reportMessages[context.locale];
  const { locale } = context;
  const section = (text: string) => spanningRow({ value: text, bold: true, fill: '#f2f2f2' }, columns);
  const objectiveRows = agreement.objectives.flatMap((objective) =>
    ownerRows(
      objective.indicators,
      (n) => ({
        no: spanning({ value: objective.code, align: 'center' }, n),
        objective: spanning({ value: objective.name }, n),
        program: spanning({ value: '' }, n),
        activity: spanning({ value: '' }, n),
        budget: spanning({ value: null }, n),
      }),
      locale,
    ),
  );
  const programRowsAll = agreement.programs.flatMap((program) =>
    programRows(
      program,
      agreement.activities.filter((a) => a.programCode === program.code),
      locale,
    ),
  );
  const total = agreement.activities.reduce((sum, a) => sum + a.budget, 0);
  return {
    widths: [6, 30, 34, 14, 28, 28, 16],
    header: [
      [l.no, l.objective, l.indicator, l.target, l.program, l.activity, l.budget].map((text) => ({ text })),
      numberedHeaderRow([1, 1, 1, 1, 1, 1, 1]),
    ],
    rows: [
      section(l.keyIndicators),
      ...objectiveRows,
      section(l.programsAndActivities),
      ...programRowsAll,
      [
        { value: l.total, bold: true, align: 'center', colSpan: 6 },
        null,
        null,
        null,
        null,
        null,
        rupiah(total, true),
      ],
    ],
  };
}
