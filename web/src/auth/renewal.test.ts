import { beforeEach, describe, expect, it } from 'vitest';
import { readToken, writeRenewal, writeToken } from '../api/token';
import { fetchRenewing } from './renewal';

const client = { domain: 'login.example.go.id', clientId: 'abc123' };
const tokenEndpoint = 'https://login.example.go.id/oauth2/token';

/** A fake network: the API answers 401 to any token but `valid`; Cognito renews with `renewed`. */
function network(renewal: { status: number; body: unknown }) {
  const calls: { url: string; authorization: string | null }[] = [];
  let valid = 'none yet';
  const post = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = String(input);
    calls.push({ url, authorization: new Headers(init?.headers).get('authorization') });
    if (url === tokenEndpoint) {
      if (renewal.status === 200) valid = 'renewed';
      return Response.json(renewal.body, { status: renewal.status });
    }
    const authorised = new Headers(init?.headers).get('authorization') === `Bearer ${valid}`;
    return authorised ? Response.json({ ok: true }) : Response.json({ error: 'expired' }, { status: 401 });
  };
  const request = () =>
    fetchRenewing('/api/me', { headers: { authorization: `Bearer ${readToken()}` } }, post);
  return { calls, post, request };
}

describe('a session renewed when its hour is up', () => {
  beforeEach(() => writeToken('expired'));

  it('renews once for requests refused together, and sends each again with the new token', async () => {
    writeRenewal({ client, refreshToken: 'r3fresh' });
    const { calls, request } = network({ status: 200, body: { id_token: 'renewed', access_token: 'x' } });
    const answers = await Promise.all([request(), request(), request()]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(calls.filter((call) => call.url === tokenEndpoint)).toHaveLength(1);
    expect(calls.filter((call) => call.authorization === 'Bearer renewed')).toHaveLength(3);
    expect(readToken()).toBe('renewed');
  });

  it('passes the refusal on where Cognito refuses the refresh token (revoked, expired)', async () => {
    writeRenewal({ client, refreshToken: 'revoked' });
    const { calls, request } = network({ status: 400, body: { error: 'invalid_grant' } });
    expect((await request()).status).toBe(401);
    expect(calls.map((call) => call.url)).toEqual(['/api/me', tokenEndpoint]);
    expect(readToken()).toBe('expired');
  });

  it('passes the refusal on without a renewal (the development sign-in), and a session ended forgets it', async () => {
    writeRenewal({ client, refreshToken: 'r3fresh' });
    writeToken(null);
    writeToken('expired');
    const { calls, request } = network({ status: 200, body: { id_token: 'renewed' } });
    expect((await request()).status).toBe(401);
    expect(calls.map((call) => call.url)).toEqual(['/api/me']);
  });
});
