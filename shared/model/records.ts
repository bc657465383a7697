import * as z from 'zod';
import { agreementStates } from '../workflow/agreement-workflow.js';
import { partStates } from '../workflow/part-workflow.js';
import { quarterStates } from '../workflow/quarter-workflow.js';
import { ZSignatorySchema } from './acting.js';
import { ZAgreementKindSchema, ZAgreementVersionSchema, ZYearSchema } from './agreement.js';
import { ZExtensionSchema } from './calendar.js';
import { ZIdSchema } from './organisation.js';
import { ZQuarterSchema } from './quarter.js';
import { ZQuarterPartContentSchema } from './realisation.js';
import { ZFreeTextSchema, ZNameSchema } from './text.js';

/**
 * What is stored beside each workflow subject: its state, and a revision that every write must
 * name (optimistic locking: a stale revision is a 409, never a lost update).
 */
const ZTrackedSchema = z.object({
  revision: z.int().min(1),
  updatedAt: z.iso.datetime({ offset: true }),
  updatedBy: ZIdSchema,
});

/** One version of a year's agreement as stored: its content and where it stands. */
export const ZAgreementRecordSchema = ZTrackedSchema.extend({
  agencyId: ZIdSchema,
  year: ZYearSchema,
  version: z.int().min(1),
  state: z.enum(agreementStates),
  agreement: ZAgreementVersionSchema,
  /** The signatory's name, rank and NIP as they were on the day of signing (Plt./Plh. when acting). */
  signedBy: ZSignatorySchema.optional(),
  /** The second party (the Bupati) as named on the day of signing. */
  secondPartyName: z.string().optional(),
  signedAt: z.iso.datetime({ offset: true }).optional(),
  /** A signed version is in force from this quarter on; earlier quarters keep their version. */
  effectiveFromQuarter: ZQuarterSchema.optional(),
});
export type TAgreementRecord = z.infer<typeof ZAgreementRecordSchema>;

/**
 * A version as the agreement page lists it, without its content (which may reach 300 KB): its number,
 * kind (Murni, Perubahan), state and who changed or signed it when.
 */
export const ZAgreementSummarySchema = ZAgreementRecordSchema.omit({ agreement: true }).extend({
  kind: ZAgreementKindSchema,
});
export type TAgreementSummary = z.infer<typeof ZAgreementSummarySchema>;

/** A version summed up (`agreementSummary`). */
export const agreementSummary = ({ agreement, ...rest }: TAgreementRecord): TAgreementSummary => ({
  ...rest,
  kind: agreement.kind,
});

/** An agreement version without its content: which one is in force when, and where it stands. */
export const ZAgreementStandingSchema = ZAgreementRecordSchema.pick({
  version: true,
  state: true,
  effectiveFromQuarter: true,
});
export type TAgreementStanding = z.infer<typeof ZAgreementStandingSchema>;

/** An agency's quarter: its due date and whether it is signed off (locked). */
export const ZQuarterRecordSchema = ZTrackedSchema.extend({
  agencyId: ZIdSchema,
  year: ZYearSchema,
  quarter: ZQuarterSchema,
  state: z.enum(quarterStates),
  /**
   * When the units' parts are due: an instant, shown in the agency's time zone. The end of the
   * region's deadline day (its rule, counted in working days), or of the extension's.
   */
  dueAt: z.iso.datetime({ offset: true }),
  /** More time the region granted this agency for this quarter, on the record. */
  extension: ZExtensionSchema.optional(),
  signedOffAt: z.iso.datetime({ offset: true }).optional(),
  signedOffBy: ZIdSchema.optional(),
  /** Who signed it off as the head, as the report files print them (Plt./Plh. when acting). */
  signedOffAs: ZSignatorySchema.optional(),
  /** Increases with every sign-off: re-signing after a reopen makes new report files. */
  signOffCount: z.int().min(0).default(0),
  /** When and by whom the region's Bappeda accepted it (the step above the head's sign-off). */
  acceptedAt: z.iso.datetime({ offset: true }).optional(),
  acceptedBy: ZIdSchema.optional(),
  /**
   * The Bappeda's latest sending back: when, by whom and why. The agency reads it on the quarter
   * until the head signs it off again (`standingSendBack`).
   */
  sentBack: z
    .object({
      at: z.iso.datetime({ offset: true }),
      by: ZIdSchema,
      byName: ZNameSchema(200),
      reason: ZFreeTextSchema(4000),
    })
    .optional(),
});
export type TQuarterRecord = z.infer<typeof ZQuarterRecordSchema>;

/** Why the Bappeda sent the quarter back, while that stands: not yet signed off again since. */
export function standingSendBack(record: TQuarterRecord): TQuarterRecord['sentBack'] {
  const { sentBack, signedOffAt } = record;
  if (!sentBack || record.state !== 'open') return undefined;
  return signedOffAt && Date.parse(signedOffAt) > Date.parse(sentBack.at) ? undefined : sentBack;
}

/** A reviewer's comments: overall and per indicator. */
export const ZReviewCommentsSchema = z.object({
  comment: ZFreeTextSchema(4000).default(''),
  indicatorComments: z.record(ZIdSchema, ZFreeTextSchema(4000)).default({}),
});
export type TReviewComments = z.infer<typeof ZReviewCommentsSchema>;

/** One unit's part of a quarter as stored. */
export const ZPartRecordSchema = ZTrackedSchema.extend({
  state: z.enum(partStates),
  content: ZQuarterPartContentSchema,
  submittedAt: z.iso.datetime({ offset: true }).optional(),
  /** Who submitted it last, and who verified it: nobody reviews their own part or signs off their own review. */
  submittedBy: ZIdSchema.optional(),
  verifiedBy: ZIdSchema.optional(),
  /** Whether the (last) submission came after the quarter's due date. */
  late: z.boolean().optional(),
  review: ZReviewCommentsSchema.optional(),
});
export type TPartRecord = z.infer<typeof ZPartRecordSchema>;

/** A unit's part of a quarter before anything is entered: a draft measured by `agreementVersion`. */
export function emptyPart(
  where: { agencyId: string; year: number; quarter: 1 | 2 | 3 | 4; unitId: string; agreementVersion: number },
  tracked: Pick<TPartRecord, 'revision' | 'updatedAt' | 'updatedBy'>,
): TPartRecord {
  return { state: 'draft', content: { ...where, realisations: [], budget: [], narratives: [] }, ...tracked };
}
