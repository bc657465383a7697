import { AppError } from '../../shared/app-error.js';
import type { TUser } from '../../shared/model/organisation.js';
import { outboxDueAt, outboxState } from '../../shared/model/outbox.js';
import { systemClock, type TClock } from '../clock.js';
import { getOutboxRecord, listFailedOutboxEvents, listPendingOutboxEvents } from '../db/outbox.js';
import type { TDrainResult } from './drain-outbox.js';
import { putBackInLine } from './failed-events.js';

/**
 * The stream's failure queue: each message describes a stream batch the outbox function could not
 * even record (the table unreachable). It holds no event: those stay in the table, pending or
 * failed, which is where the redrive takes them from.
 */
export type TFailureQueue = {
  /** Every message waiting now. */
  receiveAll: () => Promise<{ id: string; body: string }[]>;
  delete: (ids: string[]) => Promise<void>;
};

export type RedriveOptions = {
  /** Who runs the command, for the record. */
  operator: Pick<TUser, 'id' | 'name'>;
  reason: string;
  /**
   * Runs the events due now, those put back among them: in-process (tests), or waits while the
   * stage's own outbox function runs them (the command).
   */
  runDue: (requeued: readonly string[]) => Promise<TDrainResult>;
  failureQueue?: TFailureQueue;
  clock?: TClock;
};

export type TRedriveResult = {
  /** The failed events put back in line. */
  requeued: string[];
  /** Runs of the due events, and what they did. */
  runs: TDrainResult[];
  /**
   * Events put back that did not run through, with their last error: the cause is not mended
   * yet. They are retried with back-off, then left failed again.
   */
  notDone: { id: string; lastError?: string }[];
  /** The failure queue's messages found. */
  queueMessages: number;
  /** Whether they were deleted: only once every event put back ran through. */
  queueCleared: boolean;
};

/** The events put back that have not run through, with their last error. */
const unfinished = async (ids: readonly string[]) =>
  (await Promise.all(ids.map(getOutboxRecord))).flatMap((record) =>
    record && outboxState(record) !== 'processed' ? [{ id: record.id, lastError: record.lastError }] : [],
  );

/** A pending event this long past its due moment has missed the minutely drain: not all is well. */
const overdueAfterMs = 120_000;

/** Enough runs for a few hundred events; each run takes up to 25. */
const maxRuns = 20;

/**
 * `npm run outbox:redrive`: puts every failed event back in line, an agency's or a region's (on
 * its record, as the operator's, with the reason), runs the events due until none is left, and then, if they all
 * ran through, clears the failure queue, whose batches' events were among them (still pending in
 * the table, or failed). Safe to run again at any time: an event is put back only while failed,
 * each run claims its events, and the handlers' markers send no email and store no file twice.
 */
export async function redriveOutbox(options: RedriveOptions): Promise<TRedriveResult> {
  const { operator, reason, clock } = options;
  const messages = (await options.failureQueue?.receiveAll()) ?? [];
  const requeued: string[] = [];
  for (const record of await listFailedOutboxEvents()) {
    try {
      await putBackInLine({ record, actor: operator, reason, clock });
      requeued.push(record.id);
    } catch (error) {
      // Put back meanwhile (from the Outbox page, or another run of this command): in line already.
      if (!(error instanceof AppError && error.code === 'CONFLICT')) throw error;
    }
  }
  const runs: TDrainResult[] = [];
  let notDone = await unfinished(requeued);
  // At least once: the failure queue's events may be pending, not failed.
  for (let run = 0; run < maxRuns && (run === 0 || notDone.length > 0); run++) {
    const result = await options.runDue(requeued);
    runs.push(result);
    notDone = await unfinished(requeued);
    if (result.processed + result.failed === 0) break;
  }
  // Only once their events ran through, and nothing waits overdue: until then the messages say
  // that something is wrong.
  const now = Date.parse((clock ?? systemClock).now());
  const overdue = (await listPendingOutboxEvents()).filter(
    (event) => Date.parse(outboxDueAt(event)) < now - overdueAfterMs,
  );
  const queueCleared = messages.length > 0 && notDone.length === 0 && overdue.length === 0;
  if (queueCleared) await options.failureQueue?.delete(messages.map((message) => message.id));
  return { requeued, runs, notDone, queueMessages: messages.length, queueCleared };
}
