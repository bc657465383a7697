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

/**
 * How many days storage keeps an upload under `pending/` for it to be taken in: the bucket's
 * lifecycle rule (infra/constructs/buckets.ts) empties it after that.
 */
export const pendingUploadDays = 1;

/** A file as a part's listing shows it: one not arrived says whether its upload can still arrive. */
export const ZListedEvidenceSchema = ZEvidenceSchema.extend({
  /**
   * Not arrived, and asked for over `pendingUploadDays` ago: its upload URL long expired and what
   * it sent, if anything, emptied from storage, so nothing arrives for it any more. Sent again (the
   * same name) or removed.
   */
  uploadExpired: z.boolean(),
});
export type TListedEvidence = z.infer<typeof ZListedEvidenceSchema>;

export type TEvidenceListing = {
  /** The moment of the listing. */
  now: string;
  /** Whether the part is with its division head (draft or returned) in an open quarter. */
  withHead: boolean;
};

/**
 * A part's files as every reader sees them (after the listing took in what had arrived): each
 * file arrived; a file still waiting only while the part is with its division head, to be sent
 * again or removed, marked once its upload can no longer arrive. Under review a waiting file is no
 * evidence and nothing can arrive for it (it would be refused as too late), so neither the
 * verifier nor the head sees it until the part is returned to them.
 */
export function listedEvidence(
  files: readonly TEvidence[],
  { now, withHead }: TEvidenceListing,
): TListedEvidence[] {
  const expiresAfter = pendingUploadDays * 86_400_000;
  return files
    .filter((file) => file.arrived || withHead)
    .map((file) => ({
      ...file,
      uploadExpired: !file.arrived && Date.parse(now) - Date.parse(file.uploadedAt) >= expiresAfter,
    }));
}
