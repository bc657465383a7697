import { join } from 'node:path';

/** The repository root: esbuild resolves imports and package-lock.json from here. */
export const projectRoot = join(import.meta.dirname, '..');

/**
 * Each Lambda's entry module, a thin wrapper around the code the local runtime runs too:
 * - api: the Hono app `npm start` serves (functions/api/app.ts);
 * - outbox: the table stream's consumer around processOutboxEvent, which the local drain calls;
 * - reminders: EventBridge Scheduler's target around runReminderSweep, which the local CLI calls.
 */
export const lambdaEntries = {
  api: join(projectRoot, 'functions/api/lambda.ts'),
  outbox: join(projectRoot, 'functions/outbox/lambda.ts'),
  reminders: join(projectRoot, 'functions/reminders/lambda.ts'),
} as const;

export type LambdaName = keyof typeof lambdaEntries;
