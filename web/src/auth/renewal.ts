import { readRenewal, readToken, writeToken } from '../api/token';
import { renewalRequest, revocationRequest, tokenOf } from './pkce';

let renewing: Promise<boolean> | null = null;

/**
 * Trades the tab's refresh token for the next hour's ID token, once however many requests found
 * the session expired together. False where there is none (the development sign-in) or Cognito
 * refuses it (revoked, past its 30 days, the person disabled): then they sign in again.
 */
function renewSession(post: typeof fetch = fetch): Promise<boolean> {
  renewing ??= (async () => {
    const renewal = readRenewal();
    if (!renewal) return false;
    const { url, init } = renewalRequest(renewal.client, renewal.refreshToken);
    const response = await post(url, init).catch(() => null);
    const idToken = response?.ok ? tokenOf(await response.json().catch(() => null), 'id_token') : null;
    if (idToken) writeToken(idToken);
    return idToken !== null;
  })().finally(() => {
    renewing = null;
  });
  return renewing;
}

/**
 * fetch for the API: where it refuses the session as expired, the session is renewed and the
 * request sent once more with the new token, so an hour's end costs no sign-in and no typing.
 */
export async function fetchRenewing(
  input: string | URL | Request,
  init?: RequestInit,
  post: typeof fetch = fetch,
): Promise<Response> {
  const response = await post(input, init);
  if (response.status !== 401 || !(await renewSession(post))) return response;
  const headers = new Headers(init?.headers);
  headers.set('authorization', `Bearer ${readToken()}`);
  return post(input, { ...init, headers });
}

/** At sign-out: the refresh token is revoked, not just forgotten (sent even as the page leaves). */
export function revokeRenewal(): void {
  const renewal = readRenewal();
  if (!renewal) return;
  const { url, init } = revocationRequest(renewal.client, renewal.refreshToken);
  void fetch(url, { ...init, keepalive: true }).catch(() => {});
}
