import { S3Client } from '@aws-sdk/client-s3';
import { failFastClientOptions } from '../aws-client-options.js';
import { config } from '../config.js';

/** One client per process. Locally only its settings differ: path-style and no streamed checksums. */
export const s3 = new S3Client({
  ...failFastClientOptions,
  region: config.AWS_REGION,
  ...(config.S3_ENDPOINT && {
    endpoint: config.S3_ENDPOINT,
    forcePathStyle: true,
    // s3rver stores aws-chunked uploads corrupted; only send checksums when S3 demands them.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  }),
});

// For tests and scripts that use the client anyway; functions name buckets from bucket-names.ts,
// which loads no S3 code.
export { buckets } from './bucket-names.js';
