import { hc } from 'hono/client';
import type { AppType } from '../../../functions/api/app';
import { currentLanguage } from '../i18n/language';
import { ApiError, errorFromBody } from './api-error';
import { readToken } from './token';

/** The typed API client: every route and its body/params come from the Hono app's type. */
export const api = hc<AppType>('/', {
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
 * field issues, so forms can show every problem next to its field.
 */
export async function ok<R extends TResponse>(call: Promise<R>): Promise<TSuccessBody<R>> {
  let response: R;
  try {
    response = await call;
  } catch (cause) {
    throw new ApiError(0, 'NETWORK', cause instanceof Error ? cause.message : String(cause));
  }
  // The body's shape is the route's declared 2xx schema, which hono/client derives from AppType.
  if (response.ok) return (await response.json()) as TSuccessBody<R>;
  const body = await response.json().catch(() => undefined);
  if (response.status === 401) window.dispatchEvent(new Event(unauthenticatedEvent));
  throw errorFromBody(response.status, body);
}
