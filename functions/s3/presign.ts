import { GetObjectCommand, HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { s3 } from './client.js';

/** Presigned URLs live five minutes: long enough for a slow connection to start, short if leaked. */
const expiresIn = 300;

/** A URL the browser PUTs the file to directly; the signed type and length must match. */
export function presignUpload(
  bucket: string,
  key: string,
  contentType: string,
  size: number,
): Promise<string> {
  return getSignedUrl(
    s3,
    new PutObjectCommand({ Bucket: bucket, Key: key, ContentType: contentType, ContentLength: size }),
    {
      expiresIn,
      signableHeaders: new Set(['content-type', 'content-length']),
    },
  );
}

/** A URL that downloads an object under its original file name. */
export function presignDownload(bucket: string, key: string, fileName: string): Promise<string> {
  const disposition = `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`;
  return getSignedUrl(
    s3,
    new GetObjectCommand({ Bucket: bucket, Key: key, ResponseContentDisposition: disposition }),
    { expiresIn },
  );
}

/** Whether an object exists (an upload URL was asked for but the upload may never have happened). */
export async function objectExists(bucket: string, key: string): Promise<boolean> {
  try {
    await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    return true;
  } catch (error) {
    if (error instanceof Error && (error.name === 'NotFound' || error.name === 'NoSuchKey')) return false;
    throw error;
  }
}
