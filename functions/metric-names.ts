/**
 * The CloudWatch metrics the functions publish (embedded metric format) that infra/ alarms on:
 * named once here so the emitter and the alarm cannot drift apart. Every one carries the
 * dimension `Stage` (the STAGE setting).
 */
export const metricsNamespace = 'Capaian';

export const metricNames = {
  /** Seconds since the oldest outbox event still pending was committed (0 when none is). */
  oldestPendingEventAge: 'OldestPendingEventAgeSeconds',
} as const;
