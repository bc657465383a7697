/** A file name safe as the last part of an object key. */
export const safeObjectName = (fileName: string) =>
  fileName
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '_')
    .slice(-120);

/**
 * Where evidence is uploaded to before it is taken in: the bucket empties this prefix after a day
 * (infra/constructs/buckets.ts), so an upload that no record takes in goes away on its own.
 */
export const evidenceUploadPrefix = 'pending/';

/** The key an evidence file is uploaded to; taken in, it is copied to its own key. */
export const evidenceUploadKey = (objectKey: string) => `${evidenceUploadPrefix}${objectKey}`;

/**
 * Where the API leaves the sheets it has the workbook function write (their JSON can pass the 6 MB
 * a synchronous invoke carries, so the request names only the key): the bucket empties this prefix
 * after a day, and only the workbook function reads it.
 */
export const sheetModelsPrefix = 'sheet-models/';

/** The key of the sheets written as the workbook at `objectKey`. */
export const sheetModelsKey = (objectKey: string) => `${sheetModelsPrefix}${objectKey}.json`;
