import {
  authorizeUrl,
  callbackPath,
  codeChallenge,
  logoutUrl,
  randomToken,
  readCallback,
  safeReturnPath,
  type TCognitoClient,
  tokenOf,
  tokenRequest,
} from './pkce';

const pendingKey = 'capaian.signIn';

/** What survives the round trip to the hosted sign-in: the verifier, the state, where to return. */
type TPending = { verifier: string; state: string; returnTo: string };

const redirectUri = () => `${window.location.origin}${callbackPath}`;

/** Whether the browser is at the callback address Cognito returns to. */
export const isCallback = (): boolean => window.location.pathname === callbackPath;

/** Sends the browser to the hosted sign-in, remembering the verifier, the state and the page to come back to. */
export async function startCognitoSignIn(
  client: TCognitoClient,
  returnTo: string,
  lang: string,
): Promise<void> {
  const pending: TPending = {
    verifier: randomToken(),
    state: randomToken(),
    returnTo: safeReturnPath(returnTo),
  };
  sessionStorage.setItem(pendingKey, JSON.stringify(pending));
  const challenge = await codeChallenge(pending.verifier);
  window.location.assign(
    authorizeUrl({ client, redirectUri: redirectUri(), state: pending.state, challenge, lang }),
  );
}

/** Why the sign-in could not be completed; shown on the sign-in page. */
class SignInError extends Error {
  override name = 'SignInError';
}

function takePending(): TPending | null {
  const raw = sessionStorage.getItem(pendingKey);
  sessionStorage.removeItem(pendingKey);
  let value: unknown = null;
  try {
    value = JSON.parse(raw ?? 'null');
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  if (!('verifier' in value && 'state' in value && 'returnTo' in value)) return null;
  const { verifier, state, returnTo } = value;
  return typeof verifier === 'string' && typeof state === 'string' && typeof returnTo === 'string'
    ? { verifier, state, returnTo: safeReturnPath(returnTo) }
    : null;
}

/**
 * At the callback: checks the state against the one sent, exchanges the code for the tokens and
 * returns the ID token, the refresh token that renews it and the page to return to. The verifier
 * is used once, then forgotten.
 */
export async function completeCognitoSignIn(
  client: TCognitoClient,
): Promise<{ idToken: string; refreshToken: string | null; returnTo: string }> {
  const callback = readCallback(window.location.search);
  const pending = takePending();
  if (callback.kind === 'error') throw new SignInError(callback.description || callback.error);
  if (!pending || pending.state !== callback.state) throw new SignInError('state mismatch');
  const { url, init } = tokenRequest({
    client,
    redirectUri: redirectUri(),
    code: callback.code,
    verifier: pending.verifier,
  });
  const response = await fetch(url, init);
  const body: unknown = await response.json().catch(() => null);
  const idToken = response.ok ? tokenOf(body, 'id_token') : null;
  if (!idToken) throw new SignInError(`token endpoint: HTTP ${response.status}`);
  return { idToken, refreshToken: tokenOf(body, 'refresh_token'), returnTo: pending.returnTo };
}

/** Ends the hosted session too, so the next person at a shared PC must sign in afresh. */
export function cognitoSignOut(client: TCognitoClient): void {
  window.location.assign(logoutUrl(client, `${window.location.origin}/`));
}
