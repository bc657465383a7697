import { createHash } from 'node:crypto';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { buckets } from './bucket-names.js';
import { s3 } from './client.js';

/** Stores a report file in the private reports bucket; returns its size and SHA-256. */
export async function putReportObject(
  key: string,
  body: Buffer,
  contentType: string,
): Promise<{ size: number; sha256: string }> {
  const sha256 = createHash('sha256').update(body).digest('hex');
  await s3.send(
    new PutObjectCommand({
      Bucket: buckets.reports,
      Key: key,
      Body: body,
      ContentType: contentType,
      Metadata: { sha256 },
    }),
  );
  return { size: body.length, sha256 };
}
