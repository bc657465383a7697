/**
 * The OAuth 2.0 authorization code flow with PKCE (RFC 7636) against Cognito's hosted sign-in,
 * as pure functions: what to send where. The browser side (storage, redirects) is in cognito.ts.
 */

/** The app client Cognito issued to the web app, as GET /api/config names it. */
export type TCognitoClient = { domain: string; clientId: string };

/** What the app asks Cognito for: an ID token with the user's e-mail (the API reads its `email` claim). */
const scopes = ['openid', 'email', 'profile'] as const;

/** Where Cognito sends the browser back with the code (registered in infra/constructs/auth.ts). */
export const callbackPath = '/auth/callback';

/** The hosted sign-in's base URL without a trailing slash; a bare host name gets https://. */
export function cognitoBase(domain: string): string {
  const trimmed = domain.trim().replace(/\/+$/, '');
  return /^https?:\/\//.test(trimmed) ? trimmed : `https://${trimmed}`;
}

/** Bytes as unpadded base64url, the encoding PKCE and OAuth state use. */
function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A code verifier or state: 32 random bytes as 43 base64url characters (RFC 7636 §4.1). */
export function randomToken(
  fill: (bytes: Uint8Array<ArrayBuffer>) => void = (bytes) => crypto.getRandomValues(bytes),
): string {
  const bytes = new Uint8Array(32);
  fill(bytes);
  return base64Url(bytes);
}

/** The S256 code challenge of a verifier: base64url(SHA-256(verifier)). */
export async function codeChallenge(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

export type TAuthorizeOptions = {
  client: TCognitoClient;
  redirectUri: string;
  state: string;
  challenge: string;
  /** Cognito's hosted pages follow it ("id" or "en"). */
  lang?: string;
};

/** The hosted sign-in address the browser is sent to. */
export function authorizeUrl(options: TAuthorizeOptions): string {
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: options.client.clientId,
    redirect_uri: options.redirectUri,
    scope: scopes.join(' '),
    state: options.state,
    code_challenge: options.challenge,
    code_challenge_method: 'S256',
  });
  if (options.lang) params.set('lang', options.lang);
  return `${cognitoBase(options.client.domain)}/oauth2/authorize?${params}`;
}

export type TTokenRequestOptions = {
  client: TCognitoClient;
  redirectUri: string;
  code: string;
  verifier: string;
};

/** A form POST to one of Cognito's OAuth endpoints. */
function formPost(client: TCognitoClient, path: string, params: Record<string, string>) {
  return {
    url: `${cognitoBase(client.domain)}${path}`,
    init: {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(params).toString(),
    } satisfies RequestInit,
  };
}

/** The token endpoint call that exchanges the code (with the verifier) for the tokens. */
export function tokenRequest(options: TTokenRequestOptions): { url: string; init: RequestInit } {
  return formPost(options.client, '/oauth2/token', {
    grant_type: 'authorization_code',
    client_id: options.client.clientId,
    code: options.code,
    redirect_uri: options.redirectUri,
    code_verifier: options.verifier,
  });
}

/** The token endpoint call that trades the refresh token for the next hour's ID token. */
export const renewalRequest = (client: TCognitoClient, refreshToken: string) =>
  formPost(client, '/oauth2/token', {
    grant_type: 'refresh_token',
    client_id: client.clientId,
    refresh_token: refreshToken,
  });

/** The revocation endpoint call that ends a refresh token (and the ID tokens it gave) at sign-out. */
export const revocationRequest = (client: TCognitoClient, refreshToken: string) =>
  formPost(client, '/oauth2/revoke', { token: refreshToken, client_id: client.clientId });

/** Cognito's sign-out address: it ends the hosted session and returns to `logoutUri`. */
export function logoutUrl(client: TCognitoClient, logoutUri: string): string {
  const params = new URLSearchParams({ client_id: client.clientId, logout_uri: logoutUri });
  return `${cognitoBase(client.domain)}/logout?${params}`;
}

/** What the callback address carries: the code and state, or Cognito's error. */
export type TCallback =
  | { kind: 'code'; code: string; state: string }
  | { kind: 'error'; error: string; description: string };

/** Reads the callback's query ("?code=…&state=…" or "?error=…&error_description=…"). */
export function readCallback(search: string): TCallback {
  const query = new URLSearchParams(search);
  const code = query.get('code');
  const state = query.get('state');
  if (code && state) return { kind: 'code', code, state };
  return {
    kind: 'error',
    error: query.get('error') ?? 'invalid_request',
    description: query.get('error_description') ?? '',
  };
}

/** A token from the token endpoint's JSON answer (`id_token`, `refresh_token`), or null when it has none. */
export function tokenOf(body: unknown, name: 'id_token' | 'refresh_token'): string | null {
  if (typeof body !== 'object' || body === null || !(name in body)) return null;
  const token: unknown = body[name as keyof typeof body];
  return typeof token === 'string' && token ? token : null;
}

/** Only a path inside the app may be returned to after sign-in (never another origin). */
export function safeReturnPath(path: string | null | undefined): string {
  if (!path?.startsWith('/') || path.startsWith('//') || path.startsWith(callbackPath)) return '/';
  return path;
}
