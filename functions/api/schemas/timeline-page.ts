import * as z from 'zod';
import { ZAuditEventSchema } from '../../../shared/model/audit.js';
import { ZCursorSchema } from '../../../shared/paging.js';
import { namedUnion } from './common.js';

/** `?cursor=`: the page after the one that handed it out; absent, the newest events. */
export const ZTimelineQuerySchema = z.object({
  cursor: ZCursorSchema.optional().meta({
    description: "The page before's nextCursor; the first page without",
  }),
});

/** A page of an audit timeline, newest first: at most 50 events, and about 1 MB of them. */
export const ZTimelinePageSchema = z.object({
  events: z.array(namedUnion(ZAuditEventSchema, 'AuditEvent')),
  nextCursor: z
    .string()
    .optional()
    .meta({ description: 'Present while older events follow: ?cursor= for them' }),
});
