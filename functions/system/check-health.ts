import { systemClock } from '../clock.js';
import { describeTable } from '../db/table.js';
import { ttlCache } from '../ttl-cache.js';

type TPartHealth = { ok: boolean; error?: string };
/** Each part the API depends on, by what it holds, and when that was checked. */
export type THealth = {
  ok: boolean;
  checkedAt: string;
  database: TPartHealth;
  reportStorage: TPartHealth;
  evidenceStorage: TPartHealth;
};

/** A health check answers promptly: a part that has not answered by then counts as down. */
const probeDeadlineMs = 2_000;
/** One check serves every caller for a few seconds, so /api/health cannot be used to load AWS. */
const reuseMs = 5_000;

class ProbeTimeoutError extends Error {
  override name = 'TimeoutError';
}

async function probe(check: () => Promise<unknown>): Promise<TPartHealth> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ProbeTimeoutError()), probeDeadlineMs);
  });
  try {
    await Promise.race([check(), deadline]);
    return { ok: true };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.name : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

// The S3 code loads with the first check, not with every start of the API.
const headBucket = async (name: 'reports' | 'evidence') =>
  (await import('../s3/buckets.js')).headBucket(name);

async function probeAll(): Promise<THealth> {
  const [database, reportStorage, evidenceStorage] = await Promise.all([
    probe(describeTable),
    probe(() => headBucket('reports')),
    probe(() => headBucket('evidence')),
  ]);
  const ok = database.ok && reportStorage.ok && evidenceStorage.ok;
  return { ok, checkedAt: systemClock.now(), database, reportStorage, evidenceStorage };
}

const recent = ttlCache(reuseMs, probeAll);

/** Whether the table and both buckets answer, checked at most once every few seconds. */
export const checkHealth = (): Promise<THealth> => recent.get(undefined);
