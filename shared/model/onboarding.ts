import * as z from 'zod';
import { t } from '../i18n.js';
import { regionMessages } from '../messages/region.js';
import {
  ZAgencySchema,
  ZIdSchema,
  ZNipSchema,
  ZRoleSchema,
  ZTimeZoneSchema,
  ZUnitSchema,
  ZUserProfileSchema,
} from './organisation.js';
import { ZNameSchema } from './text.js';

/** A unit as the region admin lists it: the agency is the one being created or changed. */
const ZUnitEntrySchema = ZUnitSchema.pick({ id: true, name: true, kind: true });

/** A person the region admin appoints: invited by e-mail, signs in with that address. */
const ZAppointeeSchema = ZUserProfileSchema.pick({ id: true, email: true, name: true }).extend({
  rank: ZNameSchema(100).optional(),
  nip: ZNipSchema.optional(),
});

/** Refuses each unit whose id an earlier unit of the list has, at its place. */
function refuseRepeatedUnitIds(units: readonly { id: string }[], ctx: z.RefinementCtx): void {
  units.forEach((unit, index) => {
    if (units.findIndex((other) => other.id === unit.id) < index)
      ctx.addIssue({
        code: 'custom',
        path: ['units', index, 'id'],
        message: t(regionMessages).unitIdRepeated,
      });
  });
}

/**
 * A new agency as the region admin (Bappeda) creates it: its units, its head (whose name, rank
 * and NIP its agreements print) and its planner, who then enters the agreement and the staff.
 */
export const ZNewAgencySchema = ZAgencySchema.pick({ id: true, name: true, shortName: true })
  .extend({
    /** The region's zone when absent. */
    timeZone: ZTimeZoneSchema.optional(),
    units: z.array(ZUnitEntrySchema).min(1).max(40),
    head: ZAppointeeSchema.extend({ rank: ZNameSchema(100), nip: ZNipSchema }),
    planner: ZAppointeeSchema,
  })
  .superRefine((entry, ctx) => {
    refuseRepeatedUnitIds(entry.units, ctx);
    if (entry.units.filter((unit) => unit.kind === 'secretariat').length !== 1)
      ctx.addIssue({ code: 'custom', path: ['units'], message: t(regionMessages).oneSecretariat });
    if (entry.head.id === entry.planner.id)
      ctx.addIssue({ code: 'custom', path: ['planner', 'id'], message: t(regionMessages).samePerson });
    if (entry.head.email.toLowerCase() === entry.planner.email.toLowerCase())
      ctx.addIssue({ code: 'custom', path: ['planner', 'email'], message: t(regionMessages).samePerson });
  });
export type TNewAgency = z.infer<typeof ZNewAgencySchema>;

const ZFromYearSchema = z.int().min(2000).max(2100);

/**
 * A restructuring between years: new units from `fromYear`, and the units they replace (split or
 * merged), which report last in the year before. Past years keep the units they were signed with.
 */
export const ZRestructureSchema = z
  .object({
    fromYear: ZFromYearSchema,
    units: z.array(ZUnitEntrySchema).min(1).max(20),
    endedUnitIds: z.array(ZIdSchema).max(20).default([]),
    reason: ZNameSchema(500).optional(),
  })
  .superRefine((entry, ctx) => refuseRepeatedUnitIds(entry.units, ctx));
export type TRestructure = z.infer<typeof ZRestructureSchema>;

/** A unit's new name from a year on; the years before keep the old one. */
export const ZRenameUnitSchema = z.object({
  name: ZNameSchema(200),
  fromYear: ZFromYearSchema,
  reason: ZNameSchema(500).optional(),
});
export type TRenameUnit = z.infer<typeof ZRenameUnitSchema>;

/** A person moved to another agency of the region, with the roles and unit they take there. */
export const ZTransferSchema = z.object({
  toAgencyId: ZIdSchema,
  roles: z.array(ZRoleSchema).min(1),
  unitId: ZIdSchema.optional(),
  reason: ZNameSchema(500).optional(),
});
export type TTransfer = z.infer<typeof ZTransferSchema>;
