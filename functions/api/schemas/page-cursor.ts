import * as z from 'zod';
import { t } from '../../../shared/i18n.js';
import { apiMessages } from '../../../shared/messages/api.js';
import { ZAuditEventSchema } from '../../../shared/model/audit.js';
import type { TStartKey } from '../../db/query.js';
import { invalidInput } from '../errors.js';
import { namedUnion } from './common.js';

/** A place in a listing as the API hands it out: base64url of the JSON of the key DynamoDB goes on from. */
export const encodeCursor = (key: TStartKey): string =>
  Buffer.from(JSON.stringify(key)).toString('base64url');

const ZStartKeySchema = z.record(z.string().max(1024), z.string().max(1024));

/** The key a cursor holds, or undefined when it holds none (not base64url of a JSON object of strings). */
function decodeCursor(cursor: string): TStartKey | undefined {
  try {
    return ZStartKeySchema.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))).data;
  } catch {
    return undefined;
  }
}

/** `?cursor=…`: the page after the one that handed it out (`next`); absent, the first page. */
export const ZPageQuerySchema = z.object({
  cursor: z
    .string()
    .max(4096)
    .transform((cursor, ctx) => {
      const key = decodeCursor(cursor);
      if (!key) ctx.addIssue({ code: 'custom', message: t(apiMessages).badCursor });
      return key ?? z.NEVER;
    })
    .optional()
    .meta({ description: 'The `next` of the page before (opaque); absent: the newest events' }),
});

/** The 400 of a cursor that decodes but is not a place in the listing asked for (another list's). */
export const cursorElsewhere = () =>
  invalidInput([{ path: 'cursor', message: t(apiMessages).badCursor }], 'query');

/** `next`: the cursor of the page after this one; absent, this page is the last. */
const ZNextSchema = z
  .string()
  .optional()
  .meta({ description: 'The cursor of the next page (`?cursor=`); absent on the last page' });

/** A page of an audit timeline, newest first: at most 50 events, and about 1 MB of them. */
export const ZTimelinePageSchema = z.object({
  events: z.array(namedUnion(ZAuditEventSchema, 'AuditEvent')),
  next: ZNextSchema,
});
