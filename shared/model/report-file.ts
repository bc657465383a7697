import * as z from 'zod';
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
  })
  .extend(ZStoredFileSchema.shape);
export type TReportFileRecord = z.infer<typeof ZReportFileRecordSchema>;
