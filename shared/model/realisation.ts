import * as z from 'zod';
import { lazyMessage, t } from '../i18n.js';
import { schemaMessages } from '../messages/schemas.js';
import { ZYearSchema } from './agreement.js';
import { ZCodeSchema } from './code.js';
import { ZDecimalSchema, ZFigureSchema } from './figure.js';
import { ZIdSchema } from './organisation.js';
import { ZQuarterSchema } from './quarter.js';
import { ZRupiahSchema } from './rupiah.js';
import { ZFreeTextSchema } from './text.js';

/**
 * One indicator's realisation in one quarter. A ratio indicator takes its parts (the percentage
 * is computed from them); a value is for plain indicators and for ratios whose parts are
 * unknown (figures taken over from an older report). For a sum-kind indicator the value is the
 * quarter's own amount; for cumulative and level ones, the value standing at the quarter's end.
 */
const ZDenominatorSchema = ZDecimalSchema.refine(
  (x) => x > 0,
  lazyMessage(schemaMessages, (m) => m.realisation.denominatorPositive),
);

/** A ratio's parts for the whole year, as an annual report states them (10.249 / 16.982). */
const ZYearPartsSchema = z.object({ numerator: ZDecimalSchema, denominator: ZDenominatorSchema });
export type TYearParts = z.infer<typeof ZYearPartsSchema>;

export const ZIndicatorRealisationSchema = z
  .object({
    indicatorId: ZIdSchema,
    /** Checked against the indicator's number kind when saved (`checkQuarterPart`). */
    value: ZFigureSchema.optional(),
    numerator: ZDecimalSchema.optional(),
    denominator: ZDenominatorSchema.optional(),
    /**
     * A ratio indicator's parts for the year, where reported (TW4 only): the year's figure is
     * computed from them rather than from the quarters (`realisationToDate`).
     */
    yearParts: ZYearPartsSchema.optional(),
    /** Nothing happened to report this quarter (say why in the explanation). */
    nothingToReport: z.boolean().optional(),
    /**
     * The figure its division head confirmed when the plausibility check questioned it (800 for a
     * target of 8): holds only while the realisation is that figure (`isConfirmed`).
     */
    confirmedFigure: ZFigureSchema.optional(),
    /** Why the realisation is far off its target, or why there is nothing to report. */
    explanation: ZFreeTextSchema(4000).optional(),
  })
  .superRefine((r, ctx) => {
    const m = t(schemaMessages).realisation;
    const hasParts = r.numerator !== undefined || r.denominator !== undefined;
    if (hasParts && (r.numerator === undefined || r.denominator === undefined)) {
      const path = [r.numerator === undefined ? 'numerator' : 'denominator'];
      ctx.addIssue({ code: 'custom', path, message: m.partsTogether });
    }
    if (hasParts && r.value !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: m.valueOrParts });
    }
    if (r.nothingToReport && (hasParts || r.value !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['nothingToReport'], message: m.nothingToReport });
    }
  });
export type TIndicatorRealisation = z.infer<typeof ZIndicatorRealisationSchema>;

/**
 * Budget realised by one activity in one quarter: that quarter's own spending (not the total to
 * date), so the quarters add up to the year and a reopened quarter never shifts the others.
 */
const ZBudgetRealisationSchema = z.object({
  activityCode: ZCodeSchema,
  amount: ZRupiahSchema,
});
export type TBudgetRealisation = z.infer<typeof ZBudgetRealisationSchema>;

const narrative = ZFreeTextSchema(20_000).default('');

/** A division's narrative for one program in one quarter. */
export const ZProgramNarrativeSchema = z.object({
  programCode: ZCodeSchema,
  activitiesCarriedOut: narrative,
  supportingFactors: narrative,
  obstacles: narrative,
  actionsTaken: narrative,
});
export type TProgramNarrative = z.infer<typeof ZProgramNarrativeSchema>;

/**
 * What one unit reports for one quarter (its part of the quarter's report): the realisations of
 * the indicators it enters, its activities' spending and its programs' narratives. The agreement
 * version it was measured against is kept, so a later revision does not re-score it.
 */
export const ZQuarterPartContentSchema = z.object({
  agencyId: ZIdSchema,
  year: ZYearSchema,
  quarter: ZQuarterSchema,
  unitId: ZIdSchema,
  agreementVersion: z.int().min(1),
  realisations: z.array(ZIndicatorRealisationSchema),
  budget: z.array(ZBudgetRealisationSchema),
  narratives: z.array(ZProgramNarrativeSchema),
});
export type TQuarterPartContent = z.infer<typeof ZQuarterPartContentSchema>;
