import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextAttemptAt, outboxRetryPolicy } from './retry-policy.js';

const at = '2030-04-07T00:00:00.000Z';
const waitAfter = (attempts: number, random: number) =>
  (Date.parse(nextAttemptAt(attempts, at, random) ?? at) - Date.parse(at)) / 1000;

describe('the outbox retry policy', () => {
  it('waits 5–10 s after the first failure, doubling after each next one', () => {
    expect([waitAfter(1, 0), waitAfter(1, 0.999_999)]).toEqual([5, 10]);
    expect([waitAfter(2, 0), waitAfter(3, 0), waitAfter(4, 0)]).toEqual([10, 20, 40]);
  });

  it('gives up after the last allowed attempt', () => {
    expect(nextAttemptAt(outboxRetryPolicy.maxAttempts - 1, at, 0.5)).not.toBeNull();
    expect(nextAttemptAt(outboxRetryPolicy.maxAttempts, at, 0.5)).toBeNull();
    expect(nextAttemptAt(outboxRetryPolicy.maxAttempts + 3, at, 0.5)).toBeNull();
  });

  it('never waits less than the time before below the cap, whatever the jitter, nor more than the cap', () => {
    const policy = { maxAttempts: 30, firstDelaySeconds: 10, maxDelaySeconds: 640 };
    const wait = (attempts: number, random: number) =>
      Date.parse(nextAttemptAt(attempts, at, random, policy) ?? at) - Date.parse(at);
    const jitter = fc.double({ min: 0, max: 0.999_999, noNaN: true });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), jitter, jitter, (n, r1, r2) => {
        expect(wait(n + 1, r2)).toBeGreaterThanOrEqual(wait(n, r1) - 1);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 29 }), jitter, (n, r) => {
        expect(wait(n, r)).toBeLessThanOrEqual(640_000);
      }),
    );
  });
});
