import type { TActor } from '../../shared/access/policy.js';
import { checkWorkbook, type TWorkbookCheck } from '../../shared/checker/check-workbook.js';
import type { TWorkbookUpload } from '../../shared/workbook/upload-request.js';
import { readUploadedWorkbook } from './workbook-upload.js';

/**
 * Checks an uploaded report made by hand (shared/checker): any member of the agency may, since a
 * check changes nothing. The file was read as any upload is; a bad one is a 400 saying why.
 */
export async function checkUploadedWorkbook(
  ref: { user: TActor; agencyId: string } & TWorkbookUpload,
): Promise<TWorkbookCheck> {
  const workbook = await readUploadedWorkbook(ref);
  return checkWorkbook(workbook.sheets);
}
