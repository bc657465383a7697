import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll } from 'vitest';
import { dynamodb, tableName } from '../../functions/db/client.js';
import { createTableIfMissing } from '../../functions/db/table.js';
import { createBucketsIfMissing } from '../../functions/s3/buckets.js';

/** Gives the calling test file a fresh table and buckets of its own, dropped afterwards. */
export function withIsolatedStore(): void {
  beforeAll(async () => {
    await Promise.all([createTableIfMissing(), createBucketsIfMissing()]);
  });
  afterAll(async () => {
    await dynamodb.send(new DeleteTableCommand({ TableName: tableName }));
  });
}
