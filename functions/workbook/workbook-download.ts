import type { TSheetModel } from '../../shared/workbook/sheet-model.js';
import { systemClock, type TClock } from '../clock.js';
import { buckets } from '../s3/bucket-names.js';
import { sheetModelsKey } from '../s3/object-name.js';
import { presignDownload, putJsonObject } from '../s3/presign.js';
import { workbookFunction } from './workbook-function.js';

export type WorkbookDownloadOptions = {
  agencyId: string;
  userId: string;
  /** The name the browser saves it under. */
  fileName: string;
  sheets: TSheetModel[];
  clock?: TClock;
};

/**
 * A 5-minute link to sheets the workbook function writes as XLSX, under the person's own uploads
 * (which the bucket empties after a day): a file made for them, not kept.
 */
export async function workbookDownloadUrl(options: WorkbookDownloadOptions): Promise<{ url: string }> {
  const id = (options.clock ?? systemClock).newId();
  const objectKey = `uploads/${options.agencyId}/${options.userId}/downloads/${id}.xlsx`;
  await writeWorkbook(objectKey, options.sheets);
  return { url: await presignDownload(buckets.evidence, objectKey, options.fileName) };
}

/**
 * Has the workbook function write `sheets` as XLSX at `objectKey` (under uploads/). The sheets go
 * through the bucket, not the invoke: a year's record of large agreement saves is 7,6 MB of JSON,
 * past the 6 MB a synchronous invoke's request may be. One path for every size.
 */
export async function writeWorkbook(objectKey: string, sheets: TSheetModel[]): Promise<void> {
  const sheetsKey = sheetModelsKey(objectKey);
  await putJsonObject(buckets.evidence, sheetsKey, sheets);
  await workbookFunction().write({ kind: 'write', objectKey, sheetsKey });
}
