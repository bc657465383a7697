import * as z from 'zod';
import { ZSignatorySchema } from './acting.js';
import { ZYearSchema } from './agreement.js';
import { ZIdSchema } from './organisation.js';

const reportKinds = ['performance', 'budget', 'e81', 'agreement', 'annual', 'lkj'] as const;
const reportFormats = ['xlsx', 'pdf', 'docx'] as const;

/** Where a generated file is stored, what it holds, which outbox event made it and when. */
export const ZStoredFileSchema = z.object({
  fileName: z.string(),
  objectKey: z.string(),
  contentType: z.string(),
  size: z.int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  eventId: z.string(),
  generatedAt: z.iso.datetime({ offset: true }),
});

/** What an agency's files were made from: the quarter's sign-off or the agreement's signature, who signed and when. */
const ZReportSourceSchema = z.object({
  signed: z.enum(['quarter', 'agreement']),
  /** Which sign-off of the quarter (1: its first, 2: after a reopening), or the agreement's version. */
  number: z.int().min(1),
  by: ZSignatorySchema,
  at: z.iso.datetime({ offset: true }),
});
export type TReportSource = z.infer<typeof ZReportSourceSchema>;

/** A generated report file as recorded: where it is, what it holds, which event made it. */
export const ZReportFileRecordSchema = z
  .object({
    agencyId: ZIdSchema,
    year: ZYearSchema,
    /** 1–4 for a quarter's files; 0 for the year's (agreement, annual tables, LKj draft). */
    quarter: z.int().min(0).max(4),
    kind: z.enum(reportKinds),
    format: z.enum(reportFormats),
    /** Null for the agency-wide file. */
    unitId: ZIdSchema.nullable(),
    locale: z.enum(['id', 'en']),
    /** Re-signing a reopened quarter, or a regeneration, makes the next version; old ones stay. */
    version: z.int().min(1),
    /** Files made before this was kept have none. */
    madeFrom: ZReportSourceSchema.optional(),
  })
  .extend(ZStoredFileSchema.shape);
export type TReportFileRecord = z.infer<typeof ZReportFileRecordSchema>;
