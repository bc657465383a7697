import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDynamoDbLocal } from '../functions/local/dynamodb-local.js';
import { freePort } from '../functions/local/ports.js';
import { startS3Server } from '../functions/local/s3-server.js';

/** DynamoDB Local (in memory) and the S3 server for one bench run, with the environment the app reads. */
export async function startBenchStack() {
  const folder = mkdtempSync(join(tmpdir(), 'capaian-bench-'));
  const [dynamodbLocal, s3Server] = await Promise.all([
    freePort().then((port) => startDynamoDbLocal({ port })),
    freePort().then((port) => startS3Server({ port, directory: folder })),
  ]);
  Object.assign(process.env, {
    STAGE: 'bench',
    TABLE_NAME: 'capaian-bench',
    REPORTS_BUCKET: 'bench-reports',
    EVIDENCE_BUCKET: 'bench-evidence',
    DYNAMODB_ENDPOINT: dynamodbLocal.endpoint,
    S3_ENDPOINT: s3Server.endpoint,
    MAIL_OUTBOX_DIR: join(folder, 'outbox'),
    AUTH_MODE: 'local',
    LOCAL_AUTH_SECRET: 'bench-secret-bench-secret-bench-secret',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    // 50 requests at once on a shared machine queue for seconds: slow, not failed (as in the tests).
    AWS_REQUEST_TIMEOUT_MS: '30000',
  });
  const dynamodbPid = dynamodbLocal.process.pid;
  if (dynamodbPid === undefined) throw new Error('DynamoDB Local has no process id');
  return {
    dynamodbPid,
    stop: async () => {
      await Promise.all([dynamodbLocal.stop(), s3Server.stop()]);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
