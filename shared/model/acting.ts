import * as z from 'zod';
import { utcOffsets } from '../calendar/due-date.js';
import { t } from '../i18n.js';
import { actingMessages } from '../messages/acting.js';
import { daysBetween } from '../reminders/local-day.js';
import { ZNamedPersonSchema } from './named-person.js';
import { type TAgency, type TUser, ZIdSchema, ZOfficialSchema, ZUserSchema } from './organisation.js';
import { ZFreeTextSchema, ZNameSchema } from './text.js';

/**
 * Plt. (pelaksana tugas: the post is vacant, or its holder away for long) or Plh. (pelaksana
 * harian: the holder away for days). Either signs in the absent official's place, as
 * "Plt. Kepala Dinas …" above their own name, rank and NIP.
 */
const actingKinds = ['plt', 'plh'] as const;
const ZActingKindSchema = z.enum(actingKinds);
export type TActingKind = z.infer<typeof ZActingKindSchema>;

/** The duties an acting official may carry: the head's, or a division head's of one unit. */
const ZActingDutySchema = z.enum(['head', 'division_head']);

/** In which acting capacity someone acted: on the audit event, and on what they signed. */
export const ZActingCapacitySchema = z.object({
  kind: ZActingKindSchema,
  duty: ZActingDutySchema,
  unitId: ZIdSchema.optional(),
});
export type TActingCapacity = z.infer<typeof ZActingCapacitySchema>;

/** Who signed, as they were on the day: an official, and whether they signed as an acting one. */
export const ZSignatorySchema = ZOfficialSchema.extend({ acting: ZActingKindSchema.optional() });
export type TSignatory = z.infer<typeof ZSignatorySchema>;

/** The longest one order runs: a longer absence is a new order (Plt. are given for up to months). */
const maxActingDays = 366;

/** What an acting order says: who carries which duty (a unit's, for a division head's), from which day to which (inclusive). */
const orderFields = {
  ...ZActingCapacitySchema.shape,
  userId: ZIdSchema,
  from: z.iso.date(),
  until: z.iso.date(),
  /** The order's number (surat perintah), as it is cited. */
  decree: ZNameSchema(120).optional(),
  /** Why the official is away (leave, duty travel, a vacant post): read with the appointment. */
  reason: ZFreeTextSchema(1000).optional(),
};

/** An acting appointment as the form sends it. */
export const ZActingOrderSchema = z.object(orderFields).superRefine((order, ctx) => {
  if (order.duty === 'division_head' && !order.unitId)
    ctx.addIssue({
      code: 'custom',
      path: ['unitId'],
      message: t(actingMessages).chooseUnit,
    });
  const days = daysBetween(order.from, order.until);
  if (days < 0 || days >= maxActingDays)
    ctx.addIssue({
      code: 'custom',
      path: ['until'],
      message: t(actingMessages).untilInRange(maxActingDays),
    });
});
export type TActingOrder = z.infer<typeof ZActingOrderSchema>;

/** An acting appointment as stored, with the moments it holds and who recorded and ended it. */
export const ZActingAssignmentSchema = z.object({
  id: z.string().min(1),
  agencyId: ZIdSchema,
  ...orderFields,
  /** From the first day's midnight to the midnight after the last, in the agency's time zone. */
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  createdAt: z.iso.datetime({ offset: true }),
  createdBy: ZIdSchema,
  /** Ended before its last day (the official is back). */
  endedAt: z.iso.datetime({ offset: true }).optional(),
  endedBy: ZIdSchema.optional(),
  /** Why it ended early, as its readers see it beside the appointment (the record keeps it too). */
  endReason: ZFreeTextSchema(500).optional(),
  revision: z.int().min(1),
});
export type TActingAssignment = z.infer<typeof ZActingAssignmentSchema>;

/**
 * Whom an order may name, as the appointment form lists them ("name (roles)") and the order's rules
 * read them (shared/model/acting-rules.ts): nothing of their e-mail, preferences or sign-in.
 */
export const ZAppointablePersonSchema = ZUserSchema.pick({
  id: true,
  name: true,
  roles: true,
  agencyId: true,
  unitId: true,
  rank: true,
  nip: true,
});
export type TAppointablePerson = z.infer<typeof ZAppointablePersonSchema>;

/** A user as the appointment form lists them. */
export function appointablePerson(user: TUser): TAppointablePerson {
  const { id, name, roles, agencyId, unitId, rank, nip } = user;
  return { id, name, roles, agencyId, unitId, rank, nip };
}

/** The moments an order's days cover in the agency's time zone: [first midnight, midnight after the last). */
export function actingPeriod(order: Pick<TActingOrder, 'from' | 'until'>, timeZone: TAgency['timeZone']) {
  const after = new Date(Date.parse(`${order.until}T00:00:00Z`) + 24 * 60 * 60 * 1000)
    .toISOString()
    .slice(0, 10);
  return {
    startsAt: `${order.from}T00:00:00${utcOffsets[timeZone]}`,
    endsAt: `${after}T00:00:00${utcOffsets[timeZone]}`,
  };
}

/**
 * An appointment as the person's home tells it, wherever they open it: one they carry (in any
 * agency), or one carrying their own duty, with the names it is told in.
 */
export const ZHomeActingNoticeSchema = z.object({
  assignment: ZActingAssignmentSchema,
  standing: z.enum(['current', 'coming']),
  /** Whether the person carries it, or someone carries the person's own duty. */
  side: z.enum(['carrying', 'carriedBy']),
  /** The short name of the assignment's agency. */
  agency: z.string(),
  /** The name of the unit whose head's duty it is. */
  unit: z.string().optional(),
  /** Whom the person stands in for: the duty's holders by name (none for a vacant post). */
  absent: z.string().optional(),
  /** Who stands in for the person, and where they work now. */
  standIn: ZNamedPersonSchema.optional(),
});
export type THomeActingNotice = z.infer<typeof ZHomeActingNoticeSchema>;
