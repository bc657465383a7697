import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal } from '../functions/local/dynamodb-local.js';
import { freePort } from '../functions/local/ports.js';
import { startS3Server } from '../functions/local/s3-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamodbEndpoint: string;
    s3Endpoint: string;
  }
}

/** Starts DynamoDB Local (in memory) and the S3 server once for the whole run; each test file gets its own table and buckets. */
export default async function setup(project: TestProject) {
  const s3Folder = mkdtempSync(join(tmpdir(), 'capaian-test-s3-'));
  const [dynamodbLocal, s3Server] = await Promise.all([
    freePort().then((port) => startDynamoDbLocal({ port })),
    freePort().then((port) => startS3Server({ port, directory: s3Folder })),
  ]);
  project.provide('dynamodbEndpoint', dynamodbLocal.endpoint);
  project.provide('s3Endpoint', s3Server.endpoint);
  return async () => {
    await Promise.all([dynamodbLocal.stop(), s3Server.stop()]);
    rmSync(s3Folder, { recursive: true, force: true });
  };
}
