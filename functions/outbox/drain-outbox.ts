import { listPendingOutboxEvents } from '../db/outbox.js';
import { processOutboxEvent, type TOutboxHandlers } from './process-outbox-event.js';

/** Processes pending outbox events locally (AWS uses the table's stream). Returns how many ran. */
export async function drainOutbox(handlers: TOutboxHandlers): Promise<{ processed: number; failed: number }> {
  let processed = 0;
  let failed = 0;
  for (const event of await listPendingOutboxEvents()) {
    try {
      if ((await processOutboxEvent(event, handlers)) === 'processed') processed++;
    } catch (error) {
      failed++;
      console.error(`outbox event ${event.id} (${event.kind}) failed; it stays pending`, error);
    }
  }
  return { processed, failed };
}
