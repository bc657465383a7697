import { app } from '../../functions/api/app.js';

/** Signs in through the development sign-in and returns headers carrying the token. */
export async function signIn(userId: string): Promise<{ authorization: string }> {
  const response = await app.request('/api/dev/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId }),
  });
  if (response.status !== 200)
    throw new Error(`sign-in as ${userId}: ${response.status} ${await response.text()}`);
  const { token } = (await response.json()) as { token: string };
  return { authorization: `Bearer ${token}` };
}
