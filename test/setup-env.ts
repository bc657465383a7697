import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';

// Each test file runs in its own module graph; giving it its own table and buckets lets files
// run in parallel against the one DynamoDB Local and S3 server. The app reads this at import.
const isolation = randomUUID().slice(0, 8);
Object.assign(process.env, {
  STAGE: 'test',
  AWS_REGION: 'ap-southeast-3',
  TABLE_NAME: `capaian-test-${isolation}`,
  REPORTS_BUCKET: `reports-${isolation}`,
  EVIDENCE_BUCKET: `evidence-${isolation}`,
  DYNAMODB_ENDPOINT: inject('dynamodbEndpoint'),
  S3_ENDPOINT: inject('s3Endpoint'),
  MAIL_OUTBOX_DIR: join(tmpdir(), `capaian-test-outbox-${isolation}`),
  AUTH_MODE: 'local',
  LOCAL_AUTH_SECRET: randomUUID() + randomUUID(),
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  // A loaded machine (two cores, DynamoDB Local, Chromium, parallel files) may take seconds to
  // answer: the suite tests our code, not its speed. The fault tests set the real 3 s themselves.
  AWS_REQUEST_TIMEOUT_MS: '20000',
  // Errors only: what a test run prints stays readable (tests that fail things on purpose log some).
  LOG_LEVEL: 'error',
});
