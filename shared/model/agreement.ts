import * as z from 'zod';
import { lazyMessage } from '../i18n.js';
import { schemaMessages } from '../messages/schemas.js';
import { ZCodeSchema } from './code.js';
import { ZIndicatorSchema, ZKeyIndicatorSchema } from './indicator.js';
import { ZIdSchema } from './organisation.js';
import { maxActivities, ZRupiahSchema } from './rupiah.js';
import { ZNameSchema } from './text.js';

/**
 * How many of each an agreement version may hold: far beyond a real agency (the seed's has 3
 * objectives, 8 programs, 34 activities, 1 or 2 indicators each), bounded so that a version, its
 * audit event and its request stay well inside what DynamoDB and Lambda take (see agreement-size.ts).
 */
export const agreementLimits = {
  objectives: 50,
  programs: 100,
  /** Indicators of one objective, program or activity. */
  indicators: 20,
} as const;

/** An array of at most `max`, refused in the reader's language ("paling banyak 20"). */
const bounded = <T extends z.ZodType>(item: T, max: number) =>
  z.array(item).max(
    max,
    lazyMessage(schemaMessages, (m) => m.maxItems(max)),
  );

/** A strategic objective (sasaran strategis) with its key indicators (IKU). */
const ZObjectiveSchema = z.object({
  code: ZCodeSchema,
  name: ZNameSchema(500),
  indicators: bounded(ZKeyIndicatorSchema, agreementLimits.indicators),
});
export type TObjective = z.infer<typeof ZObjectiveSchema>;

/** A program with its outcome indicators and the unit answering for it. */
const ZProgramSchema = z.object({
  code: ZCodeSchema,
  name: ZNameSchema(500),
  unitId: ZIdSchema,
  indicators: bounded(ZIndicatorSchema, agreementLimits.indicators),
});
export type TProgram = z.infer<typeof ZProgramSchema>;

/** An activity (kegiatan): output indicators, budget (alokasi) and the responsible unit. */
const ZActivitySchema = z.object({
  /** "1.2": the program's code, a dot, the activity's number. */
  code: ZCodeSchema,
  programCode: ZCodeSchema,
  name: ZNameSchema(500),
  unitId: ZIdSchema,
  budget: ZRupiahSchema,
  indicators: bounded(ZIndicatorSchema, agreementLimits.indicators),
});
export type TActivity = z.infer<typeof ZActivitySchema>;

/** PK Murni is the year's first agreement; every later revision is a PK Perubahan. */
export const ZAgreementKindSchema = z.enum(['murni', 'perubahan']);

/** The year a report covers (tahun anggaran). */
export const ZYearSchema = z.int().min(2000).max(2100);

/**
 * One version of a year's performance agreement (Perjanjian Kinerja): version 1 is the Murni,
 * 2, 3 … are the Perubahan. Structure only: `checkAgreement` holds the rules across fields.
 */
export const ZAgreementVersionSchema = z.object({
  agencyId: ZIdSchema,
  year: ZYearSchema,
  version: z.int().min(1),
  kind: ZAgreementKindSchema,
  objectives: bounded(ZObjectiveSchema, agreementLimits.objectives),
  programs: bounded(ZProgramSchema, agreementLimits.programs),
  activities: z.array(ZActivitySchema).max(
    maxActivities,
    lazyMessage(schemaMessages, (m) => m.maxActivities(maxActivities)),
  ),
});
export type TAgreementVersion = z.infer<typeof ZAgreementVersionSchema>;
