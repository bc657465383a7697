import { join } from 'node:path';

/** The repository root: esbuild resolves imports and package-lock.json from here. */
export const projectRoot = join(import.meta.dirname, '..');

/** How one Lambda is bundled: the stack and the bench build it from this, so both build the same. */
export type LambdaBundle = {
  /** The entry module, a thin wrapper around code the local runtime runs too. */
  entry: string;
  /** Ship the fonts PDF rendering reads from disk beside the bundle. */
  pdfFonts?: boolean;
  /** Write the API document beside the bundle (functions/api/write-api-document.ts), which it serves. */
  apiDocument?: boolean;
  /**
   * MB, from the peak RSS `npm run bench` measures, with room to spare; Lambda gives CPU in
   * proportion (1.769 MB is one vCPU), so a function whose users wait on it gets more.
   */
  memorySize: number;
};

/**
 * Every Lambda of the stack, one list (a new function joins it here):
 * - api: the Hono app `npm start` serves (functions/api/app.ts), with its OpenAPI document;
 * - outbox: the table stream's consumer around processOutboxEvent, which the local drain calls;
 *   it renders the report files' PDFs;
 * - reminders: EventBridge Scheduler's target around fanOutSweep, which puts the agencies due on
 *   the sweep queue (locally runReminderSweep runs the same fan-out in process);
 * - remindersWorker: the sweep queue's consumer around sweepAgencies, which the local sweep calls;
 * - workbook: handleWorkbookRequest, which the API invokes to read an uploaded workbook's cells or
 *   write a template, and the local server calls in-process: exceljs stays out of the API's bundle;
 * - migrations: runMigrations, which the deploy calls once the other functions run the new code
 *   (infra/constructs/migrations.ts) and `npm start` runs on its table.
 */
export const lambdaBundles = {
  // Peak about 95 MB; 1.024 MB for its CPU share (0,58 vCPU): people wait on each request and on
  // its cold start, which at 512 MB would take twice as long.
  api: { entry: join(projectRoot, 'functions/api/lambda.ts'), apiDocument: true, memorySize: 1024 },
  // Peak about 120 MB for an email, 244 MB making the seed year's 61 report files (bench/reports.ts:
  // the bundle with a 512 MB function's heap limits, so 512 MB would do for them), about 410 MB
  // compiling a region's files for 40 agencies (its E.81 PDF laid out whole, about
  // 6 MB an agency; bench/region-files.ts): 768 MB holds that with room for about 85 agencies.
  outbox: { entry: join(projectRoot, 'functions/outbox/lambda.ts'), pdfFonts: true, memorySize: 768 },
  // An hourly query and the queue's messages, nobody waiting on them.
  reminders: { entry: join(projectRoot, 'functions/reminders/lambda.ts'), memorySize: 256 },
  // Peak 103–112 MB for the seed's agreement, checker tables, entry sheet and whole quarter, 273 MB
  // for an upload at the 10.000-row limit, about 490 MB refusing a 200 KB zip bomb of 30 million
  // rows (bench, as deployed): people wait on it, so 1.024 MB for its CPU share (the seed's
  // agreement: 0,9 s of CPU cold, 0,11 s warm).
  workbook: { entry: join(projectRoot, 'functions/workbook/lambda.ts'), memorySize: 1024 },
  // Peak about 95 MB (the whole sweep in one process); renders and sends the reminder emails.
  remindersWorker: { entry: join(projectRoot, 'functions/reminders/worker-lambda.ts'), memorySize: 256 },
  // A scan a page (1 MB) at a time and one update per item lacking its keys, nobody waiting on it.
  migrations: { entry: join(projectRoot, 'functions/migrations/lambda.ts'), memorySize: 256 },
} as const satisfies Record<string, LambdaBundle>;

export type LambdaName = keyof typeof lambdaBundles;
