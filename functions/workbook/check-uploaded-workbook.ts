import type { TActor } from '../../shared/access/policy.js';
import { checkWorkbook, type TWorkbookCheck } from '../../shared/checker/check-workbook.js';
import { findingsSheet } from '../../shared/checker/findings-sheet.js';
import { currentLocale } from '../../shared/i18n.js';
import { checkerMessages } from '../../shared/messages/checker.js';
import type { TWorkbookUpload } from '../../shared/workbook/upload-request.js';
import { workbookDownloadUrl } from './workbook-download.js';
import { readUploadedWorkbook } from './workbook-upload.js';

type TCheckRef = { user: TActor; agencyId: string } & TWorkbookUpload;

/**
 * Checks an uploaded report made by hand (shared/checker): any member of the agency may, since a
 * check changes nothing. The file was read as any upload is; a bad one is a 400 saying why.
 */
export async function checkUploadedWorkbook(ref: TCheckRef): Promise<TWorkbookCheck> {
  const workbook = await readUploadedWorkbook(ref);
  return checkWorkbook(workbook.sheets);
}

/**
 * A 5-minute link to the check's findings as XLSX, in the reader's language: the upload is
 * checked again (it stays a day), so what is downloaded is what the checker finds, not what a
 * browser sends.
 */
export async function findingsUrl(ref: TCheckRef): Promise<{ url: string }> {
  const locale = currentLocale();
  return workbookDownloadUrl({
    agencyId: ref.agencyId,
    userId: ref.user.id,
    fileName: checkerMessages[locale].fileName(ref.fileName),
    sheets: [findingsSheet(await checkUploadedWorkbook(ref), locale)],
  });
}
