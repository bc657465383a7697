import type { TOutboxEvent } from '../../shared/model/outbox.js';

/** Something that follows a committed change. Must be safe to run twice for the same event. */
export type TOutboxHandler = (event: TOutboxEvent) => Promise<void>;

const handlers = new Map<string, TOutboxHandler[]>();

/** Registers a handler for an event kind ("quarter.signOff", "part.submit", …). */
export function onOutboxEvent(kind: string, handler: TOutboxHandler): void {
  handlers.set(kind, [...(handlers.get(kind) ?? []), handler]);
}

/** The handlers of an event kind, in registration order. */
export const handlersFor = (kind: string): TOutboxHandler[] => handlers.get(kind) ?? [];
