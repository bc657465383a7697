import { DeleteObjectCommand, GetObjectCommand } from '@aws-sdk/client-s3';
import { maxWorkbookBytes } from '../../shared/workbook/workbook.js';
import { WorkbookProblemError } from '../../shared/workbook/workbook-problem.js';
import { buckets } from '../s3/bucket-names.js';
import { s3 } from '../s3/client.js';
import { parseWorkbook } from './parse-workbook.js';
import { type TParseAnswer, type TParseRequest, ZParseRequestSchema } from './workbook-requests.js';

/**
 * Reads an uploaded workbook from the uploads prefix and parses it; a file refused is deleted at
 * once, so nothing of a bad file stays stored. Runs in its own Lambda (infra/lambda-entries.ts) so
 * that exceljs stays out of the API's bundle; locally the API calls it in-process.
 */
export async function parseStoredWorkbook(request: TParseRequest): Promise<TParseAnswer> {
  const { objectKey, fileName } = ZParseRequestSchema.parse(request);
  const bytes = await readUpload(objectKey);
  if (!bytes) return { kind: 'missing' };
  try {
    if (bytes.length > maxWorkbookBytes)
      throw new WorkbookProblemError({ code: 'tooLarge', maxBytes: maxWorkbookBytes });
    return { kind: 'workbook', workbook: await parseWorkbook(bytes, fileName) };
  } catch (error) {
    if (!(error instanceof WorkbookProblemError)) throw error;
    await s3.send(new DeleteObjectCommand({ Bucket: buckets.evidence, Key: objectKey }));
    return { kind: 'problem', problem: error.problem };
  }
}

async function readUpload(objectKey: string): Promise<Uint8Array | undefined> {
  try {
    const object = await s3.send(new GetObjectCommand({ Bucket: buckets.evidence, Key: objectKey }));
    return object.Body?.transformToByteArray();
  } catch (error) {
    if (error instanceof Error && (error.name === 'NoSuchKey' || error.name === 'NotFound')) return undefined;
    throw error;
  }
}
