import { randomUUID } from 'node:crypto';
import type { TOutboxEvent } from '../shared/model/outbox.js';

/** An outbox event with a fresh id, created at `createdAt`. */
export function newOutboxEvent(event: Omit<TOutboxEvent, 'id'>): TOutboxEvent {
  return { id: randomUUID(), ...event };
}
