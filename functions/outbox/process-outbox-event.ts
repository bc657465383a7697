import {
  outboxScope,
  type TOutboxEvent,
  type TOutboxHandler,
  type TOutboxRun,
} from '../../shared/model/outbox.js';
import { nextAttemptAt, outboxRetryPolicy } from '../../shared/outbox/retry-policy.js';
import { systemClock, type TClock } from '../clock.js';
import { claimOutboxAttempt, claimRefusal, completeOutboxAttempt, failOutboxAttempt } from '../db/outbox.js';
import { leaseUntil } from '../lease.js';
import { log, withLogFields } from '../log.js';
import { putMetric } from '../metrics.js';

/**
 * What became of the event: ran to the end; was done, given up on or held elsewhere already; or
 * failed this time, to be tried again after a back-off or, after its last attempt, left failed.
 */
export type TProcessResult = 'processed' | 'already-processed' | 'in-progress' | 'retry-later' | 'failed';

/** The handlers of each event kind, run in order. */
export type TOutboxHandlers = Readonly<Record<string, readonly TOutboxHandler[]>>;

export type ProcessOptions = {
  /** Where the moment comes from; the system's by default (tests move it on instead of waiting). */
  clock?: TClock;
  /** The jitter of the back-off, in [0, 1). */
  random?: () => number;
};

/**
 * Runs an outbox event's handlers once its attempt is claimed: the claim holds the event for a
 * lease (a crashed attempt is picked up again after it), counts the attempt, and lets no other
 * run work on it meanwhile. A failure is recorded with its error and the event waits for its
 * back-off; after the last allowed attempt it is left `failed` for a person to look at. Only a
 * failure to record (the table unreachable) is thrown. Handlers keep their own per-file and
 * per-recipient markers, so a retry after a partial run repeats nothing already done.
 */
export async function processOutboxEvent(
  event: TOutboxEvent,
  handlers: TOutboxHandlers,
  options: ProcessOptions = {},
): Promise<TProcessResult> {
  const { clock = systemClock, random = Math.random } = options;
  return withLogFields(
    { eventId: event.id, eventKind: event.kind, ...outboxScope(event), year: event.year },
    async () => {
      const now = clock.now();
      const run: TOutboxRun = { now, leaseUntil: leaseUntil(now) };
      const claim = await claimOutboxAttempt(event.id, now, run.leaseUntil);
      if (!claim.claimed) return claimRefusal(claim.current);
      const attempts = claim.claimed.attempts ?? 1;
      const failed = (error: string) =>
        recordFailure({ event, run, attempts, error, retryAt: nextAttemptAt(attempts, now, random()) });
      // Past the last attempt already: the earlier ones never finished (each crashed or timed out).
      if (attempts > outboxRetryPolicy.maxAttempts)
        return recordFailure({
          event,
          run,
          attempts,
          error: claim.claimed.lastError ?? `no attempt of ${attempts - 1} finished`,
          retryAt: null,
        });
      try {
        for (const handler of handlers[event.kind] ?? []) await handler(event, run);
      } catch (error) {
        return failed(error instanceof Error ? error.message : String(error));
      }
      if (!(await completeOutboxAttempt(event.id, run.leaseUntil, clock.now()))) return 'already-processed';
      if (attempts > 1) log.info('outbox event processed after retries', { attempts });
      return 'processed';
    },
  );
}

type TFailure = {
  event: TOutboxEvent;
  run: TOutboxRun;
  attempts: number;
  error: string;
  retryAt: string | null;
};

async function recordFailure({ event, run, attempts, error, retryAt }: TFailure): Promise<TProcessResult> {
  await failOutboxAttempt(event, run.leaseUntil, { error, at: run.now, retryAt });
  if (retryAt) {
    log.warn('outbox event failed; tried again later', { attempts, error, retryAt });
    return 'retry-later';
  }
  log.error('outbox event failed for good; see the Outbox page', error, { attempts });
  putMetric('outboxEventsFailed', 1);
  return 'failed';
}
