import { PutObjectCommand } from '@aws-sdk/client-s3';
import { buckets } from '../s3/bucket-names.js';
import { s3 } from '../s3/client.js';
import type { TWriteRequest } from './workbook-requests.js';
import { xlsxOfModels } from './write-xlsx.js';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Writes a workbook of sheet models under uploads/ (the API then hands out a download link): a
 * template, an entry sheet, the checker's findings.
 */
export async function writeStoredWorkbook(request: TWriteRequest): Promise<void> {
  await s3.send(
    new PutObjectCommand({
      Bucket: buckets.evidence,
      Key: request.objectKey,
      Body: await xlsxOfModels(request.sheets),
      ContentType: xlsxType,
    }),
  );
}
