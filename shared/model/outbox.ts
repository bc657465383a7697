import * as z from 'zod';
import { ZYearSchema } from './agreement.js';
import { ZIdSchema } from './organisation.js';

const eventShape = {
  id: z.string().min(1),
  /** The audit event's action that caused it, e.g. "part.submit", "quarter.signOff". */
  kind: z.string().min(1),
  year: ZYearSchema,
  createdAt: z.iso.datetime({ offset: true }),
  payload: z.record(z.string(), z.unknown()).default({}),
};

/**
 * Whose event it is: an agency's (its workflow's emails and files; events stored before scopes
 * have no `scope` and are an agency's), or a region's own (its compiled files asked for in
 * English). It decides where a failed event is listed and who may put it back in line.
 */
const agencyScope = { scope: z.literal('agency').optional(), agencyId: ZIdSchema };
const regionScope = { scope: z.literal('region'), regionId: ZIdSchema };

/**
 * Something that must follow a committed change — emails, report files — written in the same
 * transaction as the change and processed afterwards, at most once per event.
 */
export const ZOutboxEventSchema = z.union([
  z.object({ ...eventShape, ...agencyScope }),
  z.object({ ...eventShape, ...regionScope }),
]);
export type TOutboxEvent = z.infer<typeof ZOutboxEventSchema>;

/** Whose an event is, as the failed events' index and the logs name it. */
export type TOutboxScope = { scope: 'agency'; agencyId: string } | { scope: 'region'; regionId: string };
export const outboxScope = (event: TOutboxEvent): TOutboxScope =>
  event.scope === 'region'
    ? { scope: 'region', regionId: event.regionId }
    : { scope: 'agency', agencyId: event.agencyId };

/** The agency of an agency's event; a region's event reaching an agency's handler is a fault. */
export function agencyOf(event: TOutboxEvent): string {
  if (event.scope === 'region') throw new Error(`outbox event ${event.id} is the region's, not an agency's`);
  return event.agencyId;
}

/**
 * Where an event is: waiting to run (or to run again), done, or given up on after its last
 * allowed attempt (then a person looks at `lastError` and may put it back in line).
 */
const outboxStates = ['pending', 'processed', 'failed'] as const;
export type TOutboxState = (typeof outboxStates)[number];

/**
 * An outbox event as stored, with how its processing goes. A new event carries none of these:
 * it is pending and due at once. Events written before they existed have at most `processedAt`,
 * `attempts` and `lastError`.
 */
const progressShape = {
  state: z.enum(outboxStates).optional(),
  /** Attempts begun, counted when an attempt claims the event (a crashed attempt counts too). */
  attempts: z.int().min(0).optional(),
  /** When it may run next: its creation, a failed attempt's back-off, or a running attempt's lease end. */
  dueAt: z.iso.datetime().optional(),
  /** While an attempt runs: until when it holds the event. Another run may take over after. */
  leaseUntil: z.iso.datetime().optional(),
  /** The attempt's claim: an SDK retry of the claim finds its own (events claimed before 2026-12-02 have none). */
  claimId: z.string().optional(),
  lastError: z.string().optional(),
  processedAt: z.string().optional(),
  failedAt: z.iso.datetime().optional(),
};
export const ZOutboxRecordSchema = z.union([
  z.object({ ...eventShape, ...agencyScope, ...progressShape }),
  z.object({ ...eventShape, ...regionScope, ...progressShape }),
]);
export type TOutboxRecord = z.infer<typeof ZOutboxRecordSchema>;

/** The state of a stored event, for records written before states were stored. */
export const outboxState = (record: TOutboxRecord): TOutboxState =>
  record.state ?? (record.processedAt ? 'processed' : 'pending');

/** A moment as UTC ISO 8601, the form that sorts as text (index keys, lease comparisons). */
export const utc = (at: string): string => new Date(at).toISOString();

/** When a pending event may run: its back-off or lease end, else its creation. */
export const outboxDueAt = (record: TOutboxRecord): string => record.dueAt ?? utc(record.createdAt);

/** What a handler is given besides its event: the attempt's moment, and until when it holds its claims. */
export type TOutboxRun = { now: string; leaseUntil: string };

/** Something that follows a committed event. Must be safe to run twice for the same event. */
export type TOutboxHandler = (event: TOutboxEvent, run: TOutboxRun) => Promise<void>;

/** A failed event as the Outbox page shows it: what it was, when it gave up and why; the quarter and unit it is about, if any. */
export const ZFailedOutboxEventSchema = z.object({
  id: eventShape.id,
  kind: eventShape.kind,
  year: eventShape.year,
  createdAt: eventShape.createdAt,
  attempts: progressShape.attempts,
  lastError: progressShape.lastError,
  failedAt: progressShape.failedAt,
  quarter: z.int().min(0).max(4).optional(),
  unitId: z.string().optional(),
});
export type TFailedOutboxEvent = z.infer<typeof ZFailedOutboxEventSchema>;

/** What the Outbox page shows of a failed event. */
export function failedEventView(record: TOutboxRecord): TFailedOutboxEvent {
  const { quarter, unitId } = record.payload;
  return {
    id: record.id,
    kind: record.kind,
    year: record.year,
    createdAt: record.createdAt,
    attempts: record.attempts,
    lastError: record.lastError,
    failedAt: record.failedAt,
    quarter: typeof quarter === 'number' ? quarter : undefined,
    unitId: typeof unitId === 'string' ? unitId : undefined,
  };
}
