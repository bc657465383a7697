import { systemClock } from '../clock.js';

/** Presigned URLs live five minutes: long enough for a slow connection to start, short if leaked. */
const expiresIn = 300;

/**
 * The SDK's S3 code and our client, loaded at the first URL signed: no start of the API reads or
 * runs them (about 150 KB of client, XML protocol and presigner), and most requests need none.
 */
const s3Sdk = async () => {
  const [commands, presigner, { s3 }] = await Promise.all([
    import('@aws-sdk/client-s3'),
    import('@aws-sdk/s3-request-presigner'),
    import('./client.js'),
  ]);
  return { ...commands, ...presigner, s3 };
};

/** A URL the browser PUTs the file to directly; the signed type and length must match. */
export async function presignUpload(
  bucket: string,
  key: string,
  contentType: string,
  size: number,
): Promise<string> {
  const { getSignedUrl, PutObjectCommand, s3 } = await s3Sdk();
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
export async function presignDownload(bucket: string, key: string, fileName: string): Promise<string> {
  const { getSignedUrl, GetObjectCommand, s3 } = await s3Sdk();
  const disposition = `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`;
  return getSignedUrl(
    s3,
    new GetObjectCommand({ Bucket: bucket, Key: key, ResponseContentDisposition: disposition }),
    { expiresIn },
  );
}

/** When an object was stored, or null where it is not (an upload URL was asked for, the upload may never have happened). */
export async function objectStoredAt(bucket: string, key: string): Promise<string | null> {
  const { HeadObjectCommand, s3 } = await s3Sdk();
  try {
    const { LastModified } = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    // S3 always says when; a store that does not is taken as storing it now.
    return LastModified?.toISOString() ?? systemClock.now();
  } catch (error) {
    if (error instanceof Error && (error.name === 'NotFound' || error.name === 'NoSuchKey')) return null;
    throw error;
  }
}

/** Whether an object exists. */
export const objectExists = async (bucket: string, key: string): Promise<boolean> =>
  (await objectStoredAt(bucket, key)) !== null;

/** Copies an object within a bucket (its type kept), as S3 copies it: whole or not at all. */
export async function copyObject(bucket: string, from: string, to: string): Promise<void> {
  const { CopyObjectCommand, s3 } = await s3Sdk();
  const source = `${bucket}/${from}`.split('/').map(encodeURIComponent).join('/');
  await s3.send(new CopyObjectCommand({ Bucket: bucket, CopySource: source, Key: to }));
}

/**
 * Deletes an object: in our versioned buckets it stays recoverable as a noncurrent version for the
 * days the stack keeps those, then is gone. An object that is not there is no error.
 */
export async function deleteObject(bucket: string, key: string): Promise<void> {
  const { DeleteObjectCommand, s3 } = await s3Sdk();
  await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
}

/** Stores `value` as a JSON object (the sheets the workbook function writes, handed over through S3). */
export async function putJsonObject(bucket: string, key: string, value: unknown): Promise<void> {
  const { PutObjectCommand, s3 } = await s3Sdk();
  await s3.send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: key,
      Body: JSON.stringify(value),
      ContentType: 'application/json',
    }),
  );
}
