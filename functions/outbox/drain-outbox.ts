import { outboxDueAt, utc } from '../../shared/model/outbox.js';
import { systemClock, type TClock } from '../clock.js';
import { listPendingOutboxEvents } from '../db/outbox.js';
import { log } from '../log.js';
import { processOutboxEvent, type TOutboxHandlers } from './process-outbox-event.js';

export type DrainOptions = {
  clock?: TClock;
  /** At most this many events per run. */
  limit?: number;
};

export type TDrainResult = {
  /** Events that ran to the end. */
  processed: number;
  /** Attempts that failed (tried again later, or left failed after the last). */
  failed: number;
  /** Seconds since the oldest pending event was committed; 0 when none waits. */
  oldestPendingSeconds: number;
};

/** Events run side by side: one slow failing event does not hold up the others of its run. */
const eventsAtOnce = 4;

/**
 * Runs the pending events that are due, soonest due first: new events are due when committed,
 * failed attempts only after their back-off, running ones only after their lease. A failing
 * event thus waits behind newer ones instead of blocking them. Locally `npm start` calls this
 * every second; on AWS the outbox function every minute, for retries (the stream runs new events
 * at once), and publishes the age of the oldest pending event that the stuck-event alarm watches.
 */
export async function drainOutbox(
  handlers: TOutboxHandlers,
  options: DrainOptions = {},
): Promise<TDrainResult> {
  const { clock = systemClock, limit = 25 } = options;
  const now = utc(clock.now());
  const pending = await listPendingOutboxEvents();
  const oldest = Math.min(Date.parse(now), ...pending.map((event) => Date.parse(event.createdAt)));
  const oldestPendingSeconds = Math.max(0, Math.round((Date.parse(now) - oldest) / 1000));
  const due = pending.filter((event) => outboxDueAt(event) <= now).slice(0, limit);
  const result: TDrainResult = { processed: 0, failed: 0, oldestPendingSeconds };
  const worker = async () => {
    for (let event = due.shift(); event; event = due.shift()) {
      try {
        const outcome = await processOutboxEvent(event, handlers, { clock });
        if (outcome === 'processed') result.processed++;
        if (outcome === 'retry-later' || outcome === 'failed') result.failed++;
      } catch (error) {
        // The store itself failed: the event stays due and the next run tries it again.
        result.failed++;
        log.error('outbox event could not be run', error, { eventId: event.id, eventKind: event.kind });
      }
    }
  };
  await Promise.all(Array.from({ length: eventsAtOnce }, worker));
  return result;
}
