import { describe, expect, it } from 'vitest';
import { rememberVerified } from './verified-tokens.js';

const claims = (exp: number) => ({ sub: 'sub-1', email: 'a@b.example', email_verified: true as const, exp });

/** A verifier that counts its verifications and refuses tokens starting with 'bad'. */
function countingVerifier(exp: number) {
  const verified: string[] = [];
  const verify = async (token: string) => {
    verified.push(token);
    if (token.startsWith('bad')) throw new Error('invalid signature');
    return claims(exp);
  };
  return { verified, verify };
}

describe('verified tokens', () => {
  it('verifies a token once and answers its claims again until it expires', async () => {
    let now = 1_000_000;
    const { verified, verify } = countingVerifier(1_060); // expires 60 s after `now`
    const check = rememberVerified(verify, { now: () => now });
    expect(await check('token-a')).toEqual(claims(1_060));
    expect(await check('token-a')).toEqual(claims(1_060));
    expect(verified).toEqual(['token-a']);
    now = 1_060_000; // the moment it expires
    await check('token-a');
    expect(verified).toEqual(['token-a', 'token-a']);
  });

  it('remembers no refusal: a bad token is verified (and refused) every time', async () => {
    const { verified, verify } = countingVerifier(2_000);
    const check = rememberVerified(verify, { now: () => 1_000_000 });
    await expect(check('bad-token')).rejects.toThrow('invalid signature');
    await expect(check('bad-token')).rejects.toThrow('invalid signature');
    expect(verified).toEqual(['bad-token', 'bad-token']);
  });

  it('keeps at most so many tokens, forgetting the oldest first', async () => {
    const { verified, verify } = countingVerifier(2_000);
    const check = rememberVerified(verify, { now: () => 1_000_000, capacity: 2 });
    for (const token of ['t1', 't2', 't3', 't3', 't2', 't1']) await check(token);
    expect(verified).toEqual(['t1', 't2', 't3', 't1']);
  });
});
