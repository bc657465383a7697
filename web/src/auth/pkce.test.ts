import { describe, expect, it } from 'vitest';
import {
  authorizeUrl,
  codeChallenge,
  cognitoBase,
  logoutUrl,
  randomToken,
  readCallback,
  renewalRequest,
  revocationRequest,
  safeReturnPath,
  tokenOf,
  tokenRequest,
} from './pkce';

const client = { domain: 'https://capaian-prod.auth.ap-southeast-3.amazoncognito.com/', clientId: 'abc123' };
const redirectUri = 'https://capaian.example.go.id/auth/callback';

// RFC 7636 Appendix B: the octets, the verifier they encode to, and its S256 challenge.
const rfcOctets = [
  116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186, 22, 212, 37, 77, 105, 214, 191,
  240, 91, 88, 5, 88, 83, 132, 141, 121,
];
const rfcVerifier = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';

describe('PKCE against the Cognito hosted sign-in', () => {
  it('makes the verifier and S256 challenge of RFC 7636’s example', async () => {
    const verifier = randomToken((bytes) => bytes.set(rfcOctets));
    expect(verifier).toBe(rfcVerifier);
    expect(await codeChallenge(verifier)).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
    // Real ones are random and 43 characters of the unreserved set.
    expect(randomToken()).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(randomToken()).not.toBe(randomToken());
  });

  it('sends the browser to /oauth2/authorize with the code flow, PKCE, the scopes and the state', () => {
    const url = new URL(authorizeUrl({ client, redirectUri, state: 'st4te', challenge: 'ch4l', lang: 'id' }));
    expect(url.origin + url.pathname).toBe(
      'https://capaian-prod.auth.ap-southeast-3.amazoncognito.com/oauth2/authorize',
    );
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'abc123',
      redirect_uri: redirectUri,
      scope: 'openid email profile',
      state: 'st4te',
      code_challenge: 'ch4l',
      code_challenge_method: 'S256',
      lang: 'id',
    });
  });

  it('exchanges the code at /oauth2/token as a form with the verifier, no secret', () => {
    const { url, init } = tokenRequest({ client, redirectUri, code: 'c0de', verifier: rfcVerifier });
    expect(url).toBe('https://capaian-prod.auth.ap-southeast-3.amazoncognito.com/oauth2/token');
    expect(init.method).toBe('POST');
    expect(init.headers).toEqual({ 'content-type': 'application/x-www-form-urlencoded' });
    expect(Object.fromEntries(new URLSearchParams(String(init.body)))).toEqual({
      grant_type: 'authorization_code',
      client_id: 'abc123',
      code: 'c0de',
      redirect_uri: redirectUri,
      code_verifier: rfcVerifier,
    });
  });

  it('signs out through /logout back to the app', () => {
    const url = new URL(logoutUrl(client, 'https://capaian.example.go.id/'));
    expect(url.pathname).toBe('/logout');
    expect(url.searchParams.get('client_id')).toBe('abc123');
    expect(url.searchParams.get('logout_uri')).toBe('https://capaian.example.go.id/');
  });

  it('accepts the domain with or without scheme and trailing slash', () => {
    expect(cognitoBase('x.auth.ap-southeast-3.amazoncognito.com')).toBe(
      'https://x.auth.ap-southeast-3.amazoncognito.com',
    );
    expect(cognitoBase('https://login.example.go.id//')).toBe('https://login.example.go.id');
  });

  it('reads the callback: the code and state, or Cognito’s error', () => {
    expect(readCallback('?code=c0de&state=st4te')).toEqual({ kind: 'code', code: 'c0de', state: 'st4te' });
    expect(readCallback('?error=access_denied&error_description=User+cancelled')).toEqual({
      kind: 'error',
      error: 'access_denied',
      description: 'User cancelled',
    });
    expect(readCallback('')).toMatchObject({ kind: 'error', error: 'invalid_request' });
  });

  it('renews the session with the refresh token, and revokes it at sign-out', () => {
    const renewal = renewalRequest(client, 'r3fresh');
    expect(renewal.url).toBe('https://capaian-prod.auth.ap-southeast-3.amazoncognito.com/oauth2/token');
    expect(renewal.init.method).toBe('POST');
    expect(Object.fromEntries(new URLSearchParams(String(renewal.init.body)))).toEqual({
      grant_type: 'refresh_token',
      client_id: 'abc123',
      refresh_token: 'r3fresh',
    });
    const revocation = revocationRequest(client, 'r3fresh');
    expect(revocation.url).toBe('https://capaian-prod.auth.ap-southeast-3.amazoncognito.com/oauth2/revoke');
    expect(Object.fromEntries(new URLSearchParams(String(revocation.init.body)))).toEqual({
      token: 'r3fresh',
      client_id: 'abc123',
    });
  });

  it('takes the tokens from the token answer, and returns only to the app’s own paths', () => {
    const answer = { id_token: 'eyJ…', access_token: 'x', refresh_token: 'r3fresh' };
    expect(tokenOf(answer, 'id_token')).toBe('eyJ…');
    expect(tokenOf(answer, 'refresh_token')).toBe('r3fresh');
    // A renewal's answer carries no new refresh token.
    expect(tokenOf({ id_token: 'eyJ…' }, 'refresh_token')).toBeNull();
    expect(tokenOf({ error: 'invalid_grant' }, 'id_token')).toBeNull();
    expect(safeReturnPath('/agencies/dinsos-hss/years/2026?quarter=1')).toBe(
      '/agencies/dinsos-hss/years/2026?quarter=1',
    );
    expect(safeReturnPath('//evil.example/')).toBe('/');
    expect(safeReturnPath('https://evil.example/')).toBe('/');
    expect(safeReturnPath('/auth/callback?code=x')).toBe('/');
    expect(safeReturnPath(null)).toBe('/');
  });
});
