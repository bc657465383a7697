import * as z from 'zod';
import { lazyMessage } from '../i18n.js';
import { schemaMessages } from '../messages/schemas.js';
import { ZCodeSchema } from './code.js';
import { ZIndicatorSchema, ZKeyIndicatorSchema } from './indicator.js';
import { ZIdSchema } from './organisation.js';
import { maxActivities, ZRupiahSchema } from './rupiah.js';
import { ZNameSchema } from './text.js';

/** A strategic objective (sasaran strategis) with its key indicators (IKU). */
const ZObjectiveSchema = z.object({
  code: ZCodeSchema,
  name: ZNameSchema(500),
  indicators: z.array(ZKeyIndicatorSchema),
});
export type TObjective = z.infer<typeof ZObjectiveSchema>;

/** A program with its outcome indicators and the unit answering for it. */
const ZProgramSchema = z.object({
  code: ZCodeSchema,
  name: ZNameSchema(500),
  unitId: ZIdSchema,
  indicators: z.array(ZIndicatorSchema),
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
  indicators: z.array(ZIndicatorSchema),
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
  objectives: z.array(ZObjectiveSchema),
  programs: z.array(ZProgramSchema),
  activities: z.array(ZActivitySchema).max(
    maxActivities,
    lazyMessage(schemaMessages, (m) => m.maxActivities(maxActivities)),
  ),
});
export type TAgreementVersion = z.infer<typeof ZAgreementVersionSchema>;
