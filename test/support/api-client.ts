import { app } from '../../functions/api/app.js';
import { signIn } from './sign-in.js';

export type TApiResult = { status: number; body: any };

/** Calls the API as a seeded user, JSON in and out. */
export async function callAs(
  userId: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<TApiResult> {
  const headers = { ...(await signIn(userId)), 'content-type': 'application/json' };
  const response = await app.request(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}
