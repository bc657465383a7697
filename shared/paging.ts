import * as z from 'zod';
import { AppError, fieldIssue } from './app-error.js';
import { lazyMessage, t } from './i18n.js';
import { apiMessages } from './messages/api.js';
import { schemaMessages } from './messages/schemas.js';

/**
 * Where a page of a list ended: the key of its last item, the next page begins after it. Handed
 * to clients as an opaque cursor (base64url of its JSON), taken back and checked (ZCursorSchema),
 * then checked again against the list it is said to continue (the reader's own: a key of
 * another agency's list is refused, not read).
 */
export type TPageKey = Record<string, string>;

/** A page of a list and, while more follows, the cursor of the next. */
export type TPage<T> = { items: T[]; nextCursor?: string };

const toBase64Url = (text: string) =>
  btoa(String.fromCodePoint(...new TextEncoder().encode(text)))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');

const fromBase64Url = (cursor: string) =>
  new TextDecoder('utf-8', { fatal: true }).decode(
    Uint8Array.from(
      atob(cursor.replaceAll('-', '+').replaceAll('_', '/')),
      (char) => char.codePointAt(0) ?? 0,
    ),
  );

/** The cursor of the page after the one ending at `key`. */
export const encodeCursor = (key: TPageKey): string => toBase64Url(JSON.stringify(key));

const ZPageKeySchema = z.record(z.string().max(40), z.string().max(1024));
const cursorMessage = lazyMessage(schemaMessages, (m) => m.cursor);

/** A cursor as a client sends it back: a page's key, or a 400 naming `cursor`. */
export const ZCursorSchema = z
  .string()
  .max(4000, cursorMessage)
  .regex(/^[A-Za-z0-9_-]+$/, cursorMessage)
  .transform((cursor, ctx): TPageKey => {
    try {
      const key = ZPageKeySchema.safeParse(JSON.parse(fromBase64Url(cursor)));
      if (key.success && Object.keys(key.data).length > 0) return key.data;
    } catch {
      // Not base64url of JSON: refused below like any other stranger.
    }
    ctx.addIssue({ code: 'custom', message: t(schemaMessages).cursor });
    return z.NEVER;
  });

/** A cursor that is well-formed but does not continue the list asked for: a 400 naming `cursor`. */
export function cursorNotOfThisList(): AppError {
  const message = t(schemaMessages).cursor;
  return new AppError('BAD_REQUEST', `${t(apiMessages).invalidInput}: cursor: ${message}`, {
    issues: [fieldIssue('cursor', message)],
    details: { in: 'query' },
  });
}
