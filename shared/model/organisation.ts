import * as z from 'zod';
import { lazyMessage, locales } from '../i18n.js';
import { schemaMessages } from '../messages/schemas.js';
import { ZNameSchema } from './text.js';

/** Slug-like identifier used in keys and URLs: lower-case letters, digits and dashes. */
export const ZIdSchema = z
  .string()
  // An empty id is missing, not misspelt: say so, and only that.
  .min(1, { ...lazyMessage(schemaMessages, (m) => m.required), abort: true })
  .regex(
    /^[a-z0-9][a-z0-9-]{0,62}$/,
    lazyMessage(schemaMessages, (m) => m.idForm),
  );

/** An IANA time zone Indonesia uses: WIB, WITA or WIT. */
export const ZTimeZoneSchema = z.enum(['Asia/Jakarta', 'Asia/Pontianak', 'Asia/Makassar', 'Asia/Jayapura']);
export type TTimeZone = z.infer<typeof ZTimeZoneSchema>;

/** Nomor Induk Pegawai: 18 digits, usually written in groups "19670328 198609 2 001". */
export const ZNipSchema = z
  .string()
  .regex(
    /^\d{8} ?\d{6} ?\d ?\d{3}$/,
    lazyMessage(schemaMessages, (m) => m.nipDigits),
  )
  .transform((nip) => nip.replace(/ /g, ''));

/** A region (kabupaten / kota) groups agencies and sets their default time zone. */
export const ZRegionSchema = z.object({
  id: ZIdSchema,
  name: ZNameSchema(200),
  seat: ZNameSchema(200),
  timeZone: ZTimeZoneSchema,
  /** The regent (Bupati): the second party of every agency's performance agreement. */
  regentName: ZNameSchema(200).optional(),
});
export type TRegion = z.infer<typeof ZRegionSchema>;

/** An official who signs: name with titles, rank (pangkat) and NIP. */
export const ZOfficialSchema = z.object({
  name: ZNameSchema(200),
  rank: ZNameSchema(100),
  nip: ZNipSchema,
});

/** An agency (perangkat daerah) is the tenant boundary. */
export const ZAgencySchema = z.object({
  id: ZIdSchema,
  regionId: ZIdSchema,
  name: ZNameSchema(200),
  shortName: ZNameSchema(100),
  head: ZOfficialSchema,
  timeZone: ZTimeZoneSchema,
  /** Made-up data that ships with the demo: every screen and file says so. */
  example: z.boolean().optional(),
});
export type TAgency = z.infer<typeof ZAgencySchema>;

/** A budget year as a unit's history counts them. */
const ZUnitYearSchema = z.int().min(2000).max(2100);

/**
 * A unit of an agency: the Sekretariat or a Bidang. An agency is restructured between years: a
 * unit renamed keeps its id and its former names, a unit split or merged ends (`untilYear`) and
 * its successors begin (`fromYear`), so every past year reads as it was signed.
 */
export const ZUnitSchema = z.object({
  id: ZIdSchema,
  agencyId: ZIdSchema,
  name: ZNameSchema(200),
  kind: z.enum(['secretariat', 'division']),
  /** The first year it reports in; absent: from the agency's start. */
  fromYear: ZUnitYearSchema.optional(),
  /** The last year it reports in (split or merged into `successorIds` after it). */
  untilYear: ZUnitYearSchema.optional(),
  /** Its names before a renaming, each with the last year it was used. */
  formerNames: z.array(z.object({ name: ZNameSchema(200), untilYear: ZUnitYearSchema })).optional(),
  /** The units that took its work over after `untilYear`. */
  successorIds: z.array(ZIdSchema).optional(),
});
export type TUnit = z.infer<typeof ZUnitSchema>;

export const roles = ['planner', 'verifier', 'division_head', 'head', 'viewer', 'admin'] as const;
export const ZRoleSchema = z.enum(roles);
export type TRole = z.infer<typeof ZRoleSchema>;

/**
 * A user as their colleagues set them up. Agency staff carry agencyId (and unitId for a division
 * head); a region-wide viewer (Bappeda, Inspektorat) carries only regionId; a system admin
 * carries neither.
 */
export const ZUserProfileSchema = z.object({
  id: ZIdSchema,
  email: z.email(),
  name: ZNameSchema(200),
  rank: ZNameSchema(100).optional(),
  nip: ZNipSchema.optional(),
  roles: z.array(ZRoleSchema).min(1),
  regionId: ZIdSchema.optional(),
  agencyId: ZIdSchema.optional(),
  unitId: ZIdSchema.optional(),
  locale: z.enum(locales).default('id'),
  remindersOff: z.boolean().default(false),
});

export type TUserProfile = z.infer<typeof ZUserProfileSchema>;

/** A user as stored: the profile, and what only sign-in and the system write. */
export const ZUserSchema = ZUserProfileSchema.extend({
  /**
   * Who signs in as this user: the ID token's `sub` (the Cognito user's id; `local-<id>` for the
   * development sign-in), bound at onboarding or first sign-in. The email claim can change; this
   * cannot.
   */
  sub: z.string().min(1).max(128).optional(),
  /** Disabled by a planner, the head or the region admin: signs in no more, gets no emails. */
  disabled: z.boolean().optional(),
  /** Counts every write of the record: a change made from an older read is refused. */
  revision: z.int().min(0).optional(),
});
export type TUser = z.infer<typeof ZUserSchema>;
