import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import * as z from 'zod';
import { ZSheetModelSchema } from '../../shared/workbook/sheet-model.js';
import { buckets } from '../s3/bucket-names.js';
import { s3 } from '../s3/client.js';
import type { TWriteRequest } from './workbook-requests.js';
import { xlsxOfModels } from './write-xlsx.js';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const ZSheetModelsSchema = z.array(ZSheetModelSchema);

/**
 * Writes a workbook of the sheet models the API left at `sheetsKey` under uploads/ (the API then
 * hands out a download link): a template, an entry sheet, the checker's findings, a year's record.
 */
export async function writeStoredWorkbook(request: TWriteRequest): Promise<void> {
  const stored = await s3.send(new GetObjectCommand({ Bucket: buckets.evidence, Key: request.sheetsKey }));
  const sheets = ZSheetModelsSchema.parse(JSON.parse((await stored.Body?.transformToString()) ?? ''));
  await s3.send(
    new PutObjectCommand({
      Bucket: buckets.evidence,
      Key: request.objectKey,
      Body: await xlsxOfModels(sheets),
      ContentType: xlsxType,
    }),
  );
}
