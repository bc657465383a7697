/**
 * The CloudWatch metrics the functions publish (embedded metric format, functions/metrics.ts)
 * that infra/ alarms on and charts: named once here so the emitter and the alarms cannot drift
 * apart. Every one carries the dimension `Stage` (the STAGE setting).
 */
export const metricsNamespace = 'Capaian';

export const metricNames = {
  /** Emails handed to SES (or, locally, written to the outbox folder). */
  emailsSent: 'EmailsSent',
  /** Emails that could not be sent (their event or sweep tries again later). */
  emailsFailed: 'EmailsFailed',
  /** Reminder and overdue notices a sweep planned (before what was sent already is left out). */
  remindersPlanned: 'RemindersPlanned',
  /** Reminder notices sent (several to one person make one digest email). */
  remindersSent: 'RemindersSent',
  /** Report files generated and stored. */
  reportFilesGenerated: 'ReportFilesGenerated',
  /** Outbox events given up on after their last attempt: someone must look (Outbox page). */
  outboxEventsFailed: 'OutboxEventsFailed',
  /** Seconds since the oldest outbox event still pending was committed (0 when none is). */
  oldestPendingEventAge: 'OldestPendingEventAgeSeconds',
} as const;

export type TMetricName = keyof typeof metricNames;
