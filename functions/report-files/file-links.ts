import { AppError } from '../../shared/app-error.js';
import { t } from '../../shared/i18n.js';
import { cycleMessages } from '../../shared/messages/cycle.js';
import { buckets } from '../s3/bucket-names.js';
import { presignDownload } from '../s3/presign.js';

// An agency's and a region's report files are linked alike: by id to list, by URL to download.

/** A file's id in URLs: its sort key, which names it uniquely within its agency's or region's year. */
export const fileIdOf = (sk: string): string => Buffer.from(sk).toString('base64url');

/** The sort key a file's id names. */
export const sortKeyOf = (fileId: string): string => Buffer.from(fileId, 'base64url').toString('utf8');

/** A 5-minute download URL of a stored report file; NOT_FOUND when none has the id asked for. */
export async function downloadUrlOf(
  file: { objectKey: string; fileName: string } | undefined,
): Promise<{ url: string }> {
  if (!file) throw new AppError('NOT_FOUND', t(cycleMessages).reportFileNotFound);
  return { url: await presignDownload(buckets.reports, file.objectKey, file.fileName) };
}
