import * as z from 'zod';
import { lazyMessage } from '../i18n.js';
import { schemaMessages } from '../messages/schemas.js';
import { ZYearSchema } from './agreement.js';
import { ZIdSchema } from './organisation.js';
import { ZQuarterSchema } from './quarter.js';
import { ZNameSchema } from './text.js';

/** The file types evidence may have: photos, PDFs, spreadsheets and documents. */
export const evidenceContentTypes = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'application/pdf',
  'text/csv',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
] as const;

/** 10 MB: a phone photo or a scanned list fits; a district office's connection still copes. */
export const maxEvidenceBytes = 10 * 1024 * 1024;

/** What a division head asks to upload. */
export const ZEvidenceRequestSchema = z.object({
  indicatorId: ZIdSchema,
  fileName: ZNameSchema(200),
  contentType: z.enum(
    evidenceContentTypes,
    lazyMessage(schemaMessages, (m) => m.evidenceType),
  ),
  size: z
    .int()
    .min(1)
    .max(
      maxEvidenceBytes,
      lazyMessage(schemaMessages, (m) => m.evidenceSize),
    ),
});
export type TEvidenceRequest = z.infer<typeof ZEvidenceRequestSchema>;

/** Why a file is removed from its part (a wrong or private photo, an upload that never arrived), for the record. */
export const ZEvidenceRemovalSchema = z.object({ reason: ZNameSchema(500) });

/** A supporting file (data dukung) of one indicator's realisation. */
export const ZEvidenceSchema = ZEvidenceRequestSchema.extend({
  id: z.string().min(1),
  agencyId: ZIdSchema,
  year: ZYearSchema,
  quarter: ZQuarterSchema,
  unitId: ZIdSchema,
  objectKey: z.string().min(1),
  uploadedBy: ZIdSchema,
  /** When the file arrived in storage (never before its upload was asked for); until then, when it was asked for. */
  uploadedAt: z.iso.datetime({ offset: true }),
  /**
   * Whether the file is in storage: a record is made before its upload, which may never end.
   * Records made before this was kept were listed as files: they read as arrived.
   */
  arrived: z.boolean().default(true),
});
export type TEvidence = z.infer<typeof ZEvidenceSchema>;
