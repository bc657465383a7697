import { describeTable } from '../db/table.js';
import { headBuckets } from '../s3/buckets.js';

export type THealthCheck = { ok: boolean; error?: string };
export type THealth = { ok: boolean; dynamodb: THealthCheck; s3: THealthCheck };

async function probe(check: () => Promise<unknown>): Promise<THealthCheck> {
  try {
    await check();
    return { ok: true };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.name : String(error) };
  }
}

/** Reports whether the table and the buckets are reachable. */
export async function checkHealth(): Promise<THealth> {
  const [dynamodb, s3] = await Promise.all([probe(describeTable), probe(headBuckets)]);
  return { ok: dynamodb.ok && s3.ok, dynamodb, s3 };
}
