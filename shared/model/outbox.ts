import { z } from 'zod';
import { ZYearSchema } from './agreement.js';
import { ZIdSchema } from './organisation.js';

/**
 * Something that must follow a committed change — emails, report files — written in the same
 * transaction as the change and processed afterwards, at most once per event.
 */
export const ZOutboxEventSchema = z.object({
  id: z.string().min(1),
  /** The audit event's action that caused it, e.g. "part.submit", "quarter.signOff". */
  kind: z.string().min(1),
  agencyId: ZIdSchema,
  year: ZYearSchema,
  createdAt: z.iso.datetime({ offset: true }),
  payload: z.record(z.string(), z.unknown()).default({}),
});
export type TOutboxEvent = z.infer<typeof ZOutboxEventSchema>;

/** Something that follows a committed event. Must be safe to run twice for the same event. */
export type TOutboxHandler = (event: TOutboxEvent) => Promise<void>;
