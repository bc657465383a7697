import { randomUUID } from 'node:crypto';

// The unit tier runs without DynamoDB Local or the S3 server. Modules that read the configuration
// at import still need one; its endpoints point at a closed port so that a unit test that reaches
// for the store fails at once instead of waiting on AWS.
const closedPort = 'http://127.0.0.1:9';
Object.assign(process.env, {
  STAGE: 'test',
  AWS_REGION: 'ap-southeast-3',
  TABLE_NAME: 'capaian-unit',
  REPORTS_BUCKET: 'reports-unit',
  EVIDENCE_BUCKET: 'evidence-unit',
  DYNAMODB_ENDPOINT: closedPort,
  S3_ENDPOINT: closedPort,
  AUTH_MODE: 'local',
  LOCAL_AUTH_SECRET: randomUUID() + randomUUID(),
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  // Errors only: what a test run prints stays readable (tests that fail things on purpose log some).
  LOG_LEVEL: 'error',
});
