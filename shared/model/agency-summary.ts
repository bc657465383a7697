import * as z from 'zod';
import { quarterStates } from '../workflow/quarter-workflow.js';
import { ZYearSchema } from './agreement.js';
import { ZIdSchema, ZTimeZoneSchema } from './organisation.js';
import { ZQuarterSchema } from './quarter.js';
import { ZStatusBandSchema } from './status-band.js';

/** One of an agency's bands as the region's dashboard names and colours it (its own bands, its own colours). */
export const ZSummaryBandSchema = ZStatusBandSchema.pick({
  id: true,
  label: true,
  labelEn: true,
  color: true,
});
export type TSummaryBand = z.infer<typeof ZSummaryBandSchema>;

/** How many of an agency's IKU stand in one of its bands in a quarter: the band by its id. */
const ZBandCountSchema = z.object({ id: z.string(), count: z.int().min(0) });

/** Where one quarter of an agency stands, as the region sees it. */
const ZQuarterSummarySchema = z.object({
  quarter: ZQuarterSchema,
  state: z.enum(quarterStates),
  /** The quarter's revision: a step on it from the region's dashboard names the one it saw. */
  revision: z.int().min(1),
  /** The units' deadline in force for the quarter (an instant). */
  dueAt: z.iso.datetime({ offset: true }),
  /** The units' parts: all, submitted or further, and of the submitted ones those in after the due date. */
  parts: z.int().min(0),
  submitted: z.int().min(0),
  late: z.int().min(0),
  signedOffAt: z.iso.datetime({ offset: true }).nullable(),
  /**
   * From the parts handed in (submitted or verified), never the units' drafts: the IKU (objective
   * indicators) by band of their achievement to date (`unscored`: no figure yet), the indicators at
   * risk and the budget to date.
   */
  ikuBands: z.array(ZBandCountSchema),
  unscored: z.int().min(0),
  /** Indicators that can no longer reach their annual target on plan (shared/calc/at-risk.ts). */
  atRisk: z.int().min(0),
  /** The budget to date: allocation and realised (Rupiah), absorption % (null without allocation). */
  allocation: z.int().min(0),
  realised: z.int().min(0),
  absorption: z.number().nullable(),
});
export type TQuarterSummary = z.infer<typeof ZQuarterSummarySchema>;

/**
 * One agency's year as the region's dashboard shows it, kept by the outbox on every transition.
 * `stateVersion` orders the summaries of one agency's year: a summary made from an older state
 * never replaces one made from a newer one (see shared/region/summarise-agency.ts).
 */
export const ZAgencySummarySchema = z.object({
  regionId: ZIdSchema,
  agencyId: ZIdSchema,
  year: ZYearSchema,
  name: z.string(),
  shortName: z.string(),
  example: z.boolean().optional(),
  timeZone: ZTimeZoneSchema,
  stateVersion: z.int().min(0),
  /** When the outbox last made it. */
  summarisedAt: z.iso.datetime({ offset: true }),
  /** The bands its quarters count IKU in, each named and coloured once (not in every quarter). */
  bands: z.array(ZSummaryBandSchema),
  quarters: z.array(ZQuarterSummarySchema),
});
export type TAgencySummary = z.infer<typeof ZAgencySummarySchema>;

/**
 * What the region's dashboard reads of a summary: the agency and its figures, not when or from
 * which state the outbox made it (its page reads no more than it shows, issue 18).
 */
export const ZBoardSummarySchema = ZAgencySummarySchema.omit({ stateVersion: true, summarisedAt: true });
export type TBoardSummary = z.infer<typeof ZBoardSummarySchema>;

/** A quarter as the region's dashboard shows it now: its summary, and whether it is overdue at this moment. */
const ZBoardQuarterSchema = ZQuarterSummarySchema.extend({
  /** Still open past its due date with parts not yet submitted. */
  overdue: z.boolean(),
});
export type TBoardQuarter = z.infer<typeof ZBoardQuarterSchema>;

/** One agency's row of the region's dashboard. */
const ZBoardRowSchema = ZBoardSummarySchema.extend({
  quarters: z.array(ZBoardQuarterSchema),
  /** Overdue now, or a part of some quarter came in after its due date. */
  late: z.boolean(),
  /** Its latest reported quarter has indicators that can no longer reach their annual target. */
  atRisk: z.boolean(),
});
export type TBoardRow = z.infer<typeof ZBoardRowSchema>;
