import * as z from 'zod';
import type { TAgreementVersion } from '../model/agreement.js';
import { entryUnitId, indicatorPlaces } from '../model/agreement-indicators.js';
import type { TIndicatorRealisation, TQuarterPartContent } from '../model/realisation.js';
import { partStates } from '../workflow/part-workflow.js';
import { rupiahMeasure } from './entry-sheet.js';
import type { TUnitEntry } from './read-entry-sheet.js';

/** A cell that cannot be taken in from a filled sheet, at its place, in the reader's language. */
export const ZSheetProblemSchema = z.object({
  sheet: z.string(),
  row: z.int(),
  column: z.string(),
  message: z.string(),
});

/** What a row of the sheet says: an indicator's figure or a ratio's parts, an activity's spending (value). */
const ZFilledFigureSchema = z.object({
  value: z.number().optional(),
  numerator: z.number().optional(),
  denominator: z.number().optional(),
  explanation: z.string().optional(),
});
export type TFilledFigure = z.infer<typeof ZFilledFigureSchema>;

/** One indicator or activity the sheet fills: what the draft holds now and what it will. */
const ZFilledRowSchema = z.object({
  code: z.string(),
  name: z.string(),
  measure: z.string(),
  before: ZFilledFigureSchema.nullable(),
  after: ZFilledFigureSchema,
  changed: z.boolean(),
});
export type TFilledRow = z.infer<typeof ZFilledRowSchema>;

/** A unit's part as the sheet would fill it: its state and revision now, and each row it fills. */
export const ZUnitFillSchema = z.object({
  unitId: z.string(),
  state: z.enum(partStates),
  /** Sent back with the fill: a part changed since is refused rather than overwritten unseen. */
  revision: z.int(),
  /** A part with the verifier (submitted, verified) cannot be filled until it is returned. */
  editable: z.boolean(),
  rows: z.array(ZFilledRowSchema),
});
export type TUnitFill = z.infer<typeof ZUnitFillSchema>;

/** The draft with the sheet's figures in: each indicator and activity it fills, the rest as it was. */
export function filledContent(content: TQuarterPartContent, entry: TUnitEntry): TQuarterPartContent {
  const realisations = content.realisations.map((r) => {
    const typed = entry.realisations.find((e) => e.indicatorId === r.indicatorId);
    if (!typed) return r;
    const { value, numerator, denominator, nothingToReport, ...kept } = r;
    return { ...kept, ...typed };
  });
  const added = entry.realisations.filter(
    (e) => !content.realisations.some((r) => r.indicatorId === e.indicatorId),
  );
  const budget = content.budget.map((b) => entry.budget.find((e) => e.activityCode === b.activityCode) ?? b);
  const spent = entry.budget.filter((e) => !content.budget.some((b) => b.activityCode === e.activityCode));
  return { ...content, realisations: [...realisations, ...added], budget: [...budget, ...spent] };
}

const figureOf = ({ value, numerator, denominator, explanation }: TIndicatorRealisation): TFilledFigure => ({
  ...(value !== undefined && { value }),
  ...(numerator !== undefined && { numerator }),
  ...(denominator !== undefined && { denominator }),
  ...(explanation !== undefined && { explanation }),
});

const same = (a: TFilledFigure | null, b: TFilledFigure) =>
  a !== null &&
  a.value === b.value &&
  a.numerator === b.numerator &&
  a.denominator === b.denominator &&
  a.explanation === b.explanation;

/** Each indicator and activity of the unit the sheet fills, in the agreement's order, before and after. */
export function filledRows(
  agreement: TAgreementVersion,
  content: TQuarterPartContent,
  entry: TUnitEntry,
): TFilledRow[] {
  const after = filledContent(content, entry);
  const row = (
    code: string,
    name: string,
    measure: string,
    was: TFilledFigure | null,
    now: TFilledFigure,
  ) => ({
    code,
    name,
    measure,
    before: was,
    after: now,
    changed: !same(was, now),
  });
  const indicators = indicatorPlaces(agreement)
    .filter((place) => entryUnitId(place) === content.unitId)
    .flatMap(({ indicator }) => {
      if (!entry.realisations.some((e) => e.indicatorId === indicator.id)) return [];
      const was = content.realisations.find((r) => r.indicatorId === indicator.id);
      const now = after.realisations.find((r) => r.indicatorId === indicator.id);
      return now
        ? [row(indicator.code, indicator.name, indicator.unit, was ? figureOf(was) : null, figureOf(now))]
        : [];
    });
  const activities = agreement.activities
    .filter((activity) => activity.unitId === content.unitId)
    .flatMap((activity) => {
      const spent = entry.budget.find((b) => b.activityCode === activity.code);
      if (!spent) return [];
      const was = content.budget.find((b) => b.activityCode === activity.code);
      return [
        row(activity.code, activity.name, rupiahMeasure, was ? { value: was.amount } : null, {
          value: spent.amount,
        }),
      ];
    });
  return [...indicators, ...activities];
}
