import { AsyncLocalStorage } from 'node:async_hooks';

/** What a request waited for in DynamoDB: its calls, and their times added up (parallel ones overlap). */
export type TRequestTiming = { dynamodbCalls: number; dynamodbMs: number };

const requests = new AsyncLocalStorage<TRequestTiming>();

/**
 * Runs a request's `work` counting its DynamoDB calls, so that its log line and its Server-Timing
 * header say how much of its time was DynamoDB's and how much the function's own.
 */
export function timeRequest<R>(work: (timing: TRequestTiming) => R): R {
  const timing: TRequestTiming = { dynamodbCalls: 0, dynamodbMs: 0 };
  return requests.run(timing, () => work(timing));
}

/** Counts one DynamoDB call of the request running now (none outside a request: the outbox, a sweep). */
export function countDynamoDbCall(ms: number): void {
  const timing = requests.getStore();
  if (!timing) return;
  timing.dynamodbCalls++;
  timing.dynamodbMs += ms;
}
