import * as z from 'zod';
import { ZActingCapacitySchema } from './acting.js';
import { ZYearSchema } from './agreement.js';
import { ZIdSchema } from './organisation.js';
import { ZQuarterSchema } from './quarter.js';

/** One changed value: where, and what it was before and after. */
const ZValueChangeSchema = z.object({ path: z.string(), before: z.unknown(), after: z.unknown() });
export type TValueChange = z.infer<typeof ZValueChangeSchema>;

/** A realisation the plausibility check questioned (`implausibleFigure`) and its division head confirmed. */
const ZConfirmedFigureSchema = z.object({
  indicatorId: ZIdSchema,
  indicatorCode: z.string(),
  rule: z.enum(['aboveTarget', 'abovePrevious', 'zeroTarget']),
  value: z.number(),
  reference: z.number(),
});
export type TConfirmedFigure = z.infer<typeof ZConfirmedFigureSchema>;

/**
 * What an audit event is about: the agreement, a quarter, one unit's part of a quarter, the
 * agency's settings, an outbox event a person put back in line, the region's files of a
 * quarter (asked for in another language), or the region's calendar (its holidays and rule).
 */
const ZAuditSubjectSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('agreement'), version: z.int().min(1) }),
  z.object({ kind: z.literal('quarter'), quarter: ZQuarterSchema }),
  z.object({ kind: z.literal('part'), quarter: ZQuarterSchema, unitId: ZIdSchema }),
  z.object({ kind: z.literal('settings') }),
  z.object({ kind: z.literal('outbox'), eventId: z.string().min(1) }),
  z.object({ kind: z.literal('regionReports'), quarter: ZQuarterSchema }),
  z.object({ kind: z.literal('calendar') }),
]);
export type TAuditSubject = z.infer<typeof ZAuditSubjectSchema>;

const auditShape = {
  id: z.string().min(1),
  year: ZYearSchema,
  subject: ZAuditSubjectSchema,
  /** The transition or edit, e.g. "submit", "saveDraft", "reopen". */
  action: z.string().min(1),
  actorId: ZIdSchema,
  actorName: z.string(),
  at: z.iso.datetime({ offset: true }),
  fromState: z.string().optional(),
  toState: z.string().optional(),
  reason: z.string().optional(),
  /** The actor took the step as an acting official (Plt./Plh.) of this duty. */
  acting: ZActingCapacitySchema.optional(),
  changes: z.array(ZValueChangeSchema).default([]),
  /** Changes left out of `changes` to keep the event storable (boundedChanges): only on the largest edits. */
  changesOmitted: z.int().min(1).optional(),
  /** Figures the plausibility check questioned and the submitter confirmed, as submitted (shown to the verifier and in the history). */
  confirmedFigures: z.array(ZConfirmedFigureSchema).optional(),
};

/**
 * An immutable record of one change: who, when, what (from → to, values), and why. Kept in an
 * agency's year (events stored before scopes have no `scope` and are an agency's), or for the
 * region's own steps in the region's year.
 */
export const ZAuditEventSchema = z.union([
  z.object({ ...auditShape, scope: z.literal('agency').optional(), agencyId: ZIdSchema }),
  z.object({ ...auditShape, scope: z.literal('region'), regionId: ZIdSchema }),
]);
export type TAuditEvent = z.infer<typeof ZAuditEventSchema>;

/**
 * An agency of the region a record names by id (a person moved to or from it), by short name,
 * with the units of it the record names (a unit id is the agency's own: others may use it too).
 */
export const ZRecordAgencySchema = z.object({
  id: ZIdSchema,
  name: z.string(),
  units: z.array(z.object({ id: ZIdSchema, name: z.string() })),
});
export type TRecordAgency = z.infer<typeof ZRecordAgencySchema>;
