import {
  CreateBucketCommand,
  HeadBucketCommand,
  NotFound,
  PutBucketCorsCommand,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { buckets } from './bucket-names.js';
import { s3 } from './client.js';

/** Checks that the bucket answers; throws otherwise. */
export async function headBucket(name: keyof typeof buckets): Promise<void> {
  await s3.send(new HeadBucketCommand({ Bucket: buckets[name] }));
}

/** Creates the reports and evidence buckets unless they exist (local mode, tests). */
export async function createBucketsIfMissing(): Promise<void> {
  for (const Bucket of Object.values(buckets)) {
    try {
      await s3.send(new HeadBucketCommand({ Bucket }));
    } catch (error) {
      const missing =
        error instanceof NotFound ||
        (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404);
      if (!missing) throw error;
      await s3.send(new CreateBucketCommand({ Bucket }));
    }
  }
}

/** Lets the web app's origins upload evidence and workbooks straight to the bucket (on AWS the stack sets this). */
export async function allowEvidenceUploadsFrom(...origins: string[]): Promise<void> {
  await s3.send(
    new PutBucketCorsCommand({
      Bucket: buckets.evidence,
      CORSConfiguration: {
        CORSRules: [
          {
            AllowedOrigins: origins,
            AllowedMethods: ['PUT', 'GET'],
            AllowedHeaders: ['*'],
            MaxAgeSeconds: 3000,
          },
        ],
      },
    }),
  );
}
