/** How a failing outbox event is tried again. */
export type TRetryPolicy = {
  /** Attempts in all, the first included; after the last one fails the event is left `failed`. */
  maxAttempts: number;
  /** The nominal wait after the first failure; each later one doubles, up to `maxDelaySeconds`. */
  firstDelaySeconds: number;
  maxDelaySeconds: number;
};

/**
 * Eight attempts over about 10 to 20 minutes: long enough to ride out a throttled or briefly
 * unavailable service, short enough that a person hears of a real fault (the stuck-event alarm
 * watches 15 minutes) the same morning.
 */
export const outboxRetryPolicy: TRetryPolicy = {
  maxAttempts: 8,
  firstDelaySeconds: 10,
  maxDelaySeconds: 3600,
};

/**
 * When to try again after the `attempts`-th attempt failed at `failedAt`, or null to give up.
 * Exponential back-off with "equal jitter": the n-th wait lies between half and all of
 * first × 2^(n−1) (capped), so events that failed together spread out while each wait stays at
 * least as long as the one before. `random` is in [0, 1).
 */
export function nextAttemptAt(
  attempts: number,
  failedAt: string,
  random: number,
  policy: TRetryPolicy = outboxRetryPolicy,
): string | null {
  if (attempts >= policy.maxAttempts) return null;
  const nominal = Math.min(policy.maxDelaySeconds, policy.firstDelaySeconds * 2 ** Math.max(0, attempts - 1));
  const wait = nominal / 2 + (random * nominal) / 2;
  return new Date(Date.parse(failedAt) + Math.round(wait * 1000)).toISOString();
}
