import type { TOutboxEvent, TOutboxHandler } from '../../shared/model/outbox.js';
import { isOutboxEventProcessed, markOutboxEventProcessed, recordOutboxFailure } from '../db/outbox.js';

export type TProcessResult = 'processed' | 'already-processed';

/** The handlers of each event kind, run in order. */
export type TOutboxHandlers = Readonly<Record<string, readonly TOutboxHandler[]>>;

/**
 * Runs an outbox event's handlers, then marks it processed. A second run of a processed event does
 * nothing; a failed run records the failure, leaves the event pending and rethrows so the stream
 * (AWS) or the next drain (local) tries again. Handlers keep their own per-file / per-recipient
 * markers, so a retry after a partial run repeats nothing already done.
 */
export async function processOutboxEvent(
  event: TOutboxEvent,
  handlers: TOutboxHandlers,
): Promise<TProcessResult> {
  if (await isOutboxEventProcessed(event)) return 'already-processed';
  try {
    for (const handler of handlers[event.kind] ?? []) await handler(event);
  } catch (error) {
    await recordOutboxFailure(event, error instanceof Error ? error.message : String(error));
    throw error;
  }
  return (await markOutboxEventProcessed(event, new Date().toISOString()))
    ? 'processed'
    : 'already-processed';
}
