import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What a request waited for in DynamoDB: its calls, and the time at least one of them was under
 * way (calls made at once count their shared time once, so it never exceeds the request's own).
 */
export type TRequestTiming = { dynamodbCalls: number; dynamodbMs: number };

type TTiming = TRequestTiming & { waiting: number; since: number };

const requests = new AsyncLocalStorage<TTiming>();

/**
 * Runs a request's `work` counting its DynamoDB calls, so that its log line and its Server-Timing
 * header say how much of its time was DynamoDB's and how much the function's own.
 */
export function timeRequest<R>(work: (timing: TRequestTiming) => R): R {
  const timing: TTiming = { dynamodbCalls: 0, dynamodbMs: 0, waiting: 0, since: 0 };
  return requests.run(timing, () => work(timing));
}

/**
 * Counts one DynamoDB call of the request running now, from `at` until the returned function is
 * called (none outside a request: the outbox, a sweep).
 */
export function startDynamoDbCall(at = performance.now()): (end?: number) => void {
  const timing = requests.getStore();
  if (!timing) return () => undefined;
  timing.dynamodbCalls++;
  if (timing.waiting++ === 0) timing.since = at;
  return (end = performance.now()) => {
    if (--timing.waiting === 0) timing.dynamodbMs += end - timing.since;
  };
}
