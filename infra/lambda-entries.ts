import { join } from 'node:path';

/** The repository root: esbuild resolves imports and package-lock.json from here. */
export const projectRoot = join(import.meta.dirname, '..');

/** How one Lambda is bundled: the stack and the bench build it from this, so both build the same. */
export type LambdaBundle = {
  /** The entry module, a thin wrapper around code the local runtime runs too. */
  entry: string;
  /** Ship the fonts PDF rendering reads from disk beside the bundle. */
  pdfFonts?: boolean;
};

/**
 * Every Lambda of the stack, one list (a new function joins it here):
 * - api: the Hono app `npm start` serves (functions/api/app.ts);
 * - outbox: the table stream's consumer around processOutboxEvent, which the local drain calls;
 *   it renders the report files' PDFs;
 * - reminders: EventBridge Scheduler's target around runReminderSweep, which the local CLI calls.
 */
export const lambdaBundles = {
  api: { entry: join(projectRoot, 'functions/api/lambda.ts') },
  outbox: { entry: join(projectRoot, 'functions/outbox/lambda.ts'), pdfFonts: true },
  reminders: { entry: join(projectRoot, 'functions/reminders/lambda.ts') },
} as const satisfies Record<string, LambdaBundle>;

export type LambdaName = keyof typeof lambdaBundles;
