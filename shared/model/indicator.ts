import * as z from 'zod';
import { lazyMessage } from '../i18n.js';
import { schemaMessages } from '../messages/schemas.js';
import { ZFigureSchema, ZNumberKindSchema } from './figure.js';
import { ZIdSchema } from './organisation.js';
import { ZFreeTextSchema, ZLineSchema, ZNameSchema } from './text.js';

/** Whether a higher or a lower realisation is better (a poverty rate is lower-is-better). */
export const ZPolaritySchema = z.enum(['higher', 'lower']);
export type TPolarity = z.infer<typeof ZPolaritySchema>;

/**
 * How the year's figure follows from the quarters: `sum` adds the quarters' amounts,
 * `cumulative` holds the value to date (the year's is TW4's), `level` is a standing target
 * every quarter.
 */
export const ZAggregationSchema = z.enum(['sum', 'cumulative', 'level']);
export type TAggregation = z.infer<typeof ZAggregationSchema>;

/**
 * A target: a number, or a number with a display grade ("81,57 (A)" is { value: 81.57,
 * grade: 'A' }). Only the number is ever computed with.
 */
const ZTargetSchema = z.union([ZFigureSchema, z.object({ value: ZFigureSchema, grade: ZNameSchema(12) })]);
export type TTarget = z.infer<typeof ZTargetSchema>;

/** The number of a target, the one used for computing. */
export const targetValue = (target: TTarget): number => (typeof target === 'number' ? target : target.value);

/** The display grade of a target, if it has one. */
export const targetGrade = (target: TTarget): string | undefined =>
  typeof target === 'number' ? undefined : target.grade;

/** The labels of a ratio indicator's parts; the percentage is computed, never typed. */
export const ZRatioSchema = z.object({
  numeratorLabel: ZNameSchema(200),
  denominatorLabel: ZNameSchema(200),
});
export type TRatio = z.infer<typeof ZRatioSchema>;

/** The most units one key indicator may name as responsible (an agency has a handful). */
export const maxResponsibleUnits = 20;

/** A performance indicator with its annual target and its TW1..TW4 targets. */
export const ZIndicatorSchema = z.object({
  /** Stable across versions and years: realisations refer to it. */
  id: ZIdSchema,
  code: ZNameSchema(20),
  name: ZNameSchema(500),
  /** Satuan: Orang, Persen, Dokumen, KPM, Buah, Indeks, Nilai, Lokasi … */
  unit: ZNameSchema(40),
  /** What kind of number its targets and realisations are; absent in agreements saved before kinds: see `numberKindOf`. */
  numberKind: ZNumberKindSchema.optional(),
  polarity: ZPolaritySchema,
  aggregation: ZAggregationSchema,
  ratio: ZRatioSchema.optional(),
  target: ZTargetSchema,
  quarterTargets: z.tuple([ZTargetSchema, ZTargetSchema, ZTargetSchema, ZTargetSchema]),
});
export type TIndicator = z.infer<typeof ZIndicatorSchema>;

/**
 * A key indicator (IKU) of a strategic objective: formula, responsible units, data source. The
 * formula and source come from the IKU table, not the PK: an agency's own PK table imported leaves
 * them blank, to be filled in the editor.
 */
export const ZKeyIndicatorSchema = ZIndicatorSchema.extend({
  formula: ZFreeTextSchema(2000),
  /** The first unit enters the realisations; the others share the responsibility. */
  responsibleUnitIds: z
    .array(ZIdSchema)
    .min(
      1,
      lazyMessage(schemaMessages, (m) => m.responsibleUnitRequired),
    )
    .max(
      maxResponsibleUnits,
      lazyMessage(schemaMessages, (m) => m.maxItems(maxResponsibleUnits)),
    ),
  dataSource: ZLineSchema(1000),
});
export type TKeyIndicator = z.infer<typeof ZKeyIndicatorSchema>;
