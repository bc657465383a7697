import { hc } from 'hono/client';
import type { AppType } from '../../../functions/api/app';
import { fetchRenewing } from '../auth/renewal';
import { currentLanguage } from '../i18n/language';
import { errorFromBody, toApiError } from './api-error';
import { readToken } from './token';

/** The typed API client: every route and its body/params come from the Hono app's type. */
export const api = hc<AppType>('/', {
  fetch: (input: string | URL | Request, init?: RequestInit) => fetchRenewing(input, init),
  headers: (): Record<string, string> => {
    const token = readToken();
    return {
      'accept-language': currentLanguage(),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    };
  },
}).api;

type TResponse = { ok: boolean; status: number; json(): Promise<unknown> };
/** The body type of a client response's 2xx variants (hono/client types `ok: true` for those). */
export type TSuccessBody<R> = R extends { ok: true; json(): Promise<infer B> } ? B : never;

/** Sent when the API says the session is gone, so the shell can return to sign-in. */
export const unauthenticatedEvent = 'capaian:unauthenticated';

/**
 * Awaits a client call and returns its JSON on 2xx; otherwise throws an ApiError carrying the
 * field issues, so forms can show every problem next to its field. It throws nothing else: a
 * network failure is status 0 (queries and mutations rely on it, see query-client.ts).
 */
export async function ok<R extends TResponse>(call: Promise<R>): Promise<TSuccessBody<R>> {
  const response = await call.catch((cause: unknown) => {
    throw toApiError(cause, 'NETWORK');
  });
  if (response.ok)
    // The body's shape is the route's declared 2xx schema, which hono/client derives from AppType.
    return (await response.json().catch((cause: unknown) => {
      throw toApiError(cause, 'BAD_RESPONSE');
    })) as TSuccessBody<R>;
  const body = await response.json().catch(() => undefined);
  if (response.status === 401) window.dispatchEvent(new Event(unauthenticatedEvent));
  throw errorFromBody(response.status, body);
}
