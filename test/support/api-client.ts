import { hc } from 'hono/client';
import { expect } from 'vitest';
import { type AppType, app } from '../../functions/api/app.js';
import { ZErrorBodySchema } from '../../functions/api/schemas/common.js';
import { workbookInProcess } from '../../functions/workbook/in-process.js';
import { setWorkbookFunction } from '../../functions/workbook/workbook-function.js';
import type { TRole } from '../../shared/model/organisation.js';

// The API's tests read and write workbooks in-process, as local mode does.
setWorkbookFunction(workbookInProcess);

type THeaders = () => Promise<Record<string, string>>;
/** `lang`: the `?lang=` a browser link may carry, which no route declares but every route honours. */
type TClientOptions = { lang?: 'id' | 'en' };

/**
 * The web app's typed client (`hc<AppType>`), calling the app in-process without a network:
 * every path, parameter, body and answer is typed by the routes, so a test stops compiling
 * when a route changes under it.
 */
export const apiClient = (headers: THeaders = async () => ({}), { lang }: TClientOptions = {}) =>
  hc<AppType>('http://capaian.test', {
    fetch: (input: string | URL | Request, init?: RequestInit) => {
      if (!lang || input instanceof Request) return app.request(input, init);
      const url = new URL(input);
      url.searchParams.set('lang', lang);
      return app.request(url, init);
    },
    headers,
  }).api;

const tokens = new Map<string, Promise<string>>();

/** The user's token from the development sign-in, asked once per test file. */
function tokenOf(userId: string): Promise<string> {
  let token = tokens.get(userId);
  if (!token) {
    token = expectStatus(apiClient().dev['sign-in'].$post({ json: { userId } }), 200).then(
      (body) => body.token,
    );
    tokens.set(userId, token);
  }
  return token;
}

/** The authorization header of a seeded user, for requests the typed client cannot make (raw bodies). */
export const authorizationOf = async (userId: string) => ({
  authorization: `Bearer ${await tokenOf(userId)}`,
});

/** The typed client signed in as a seeded user (signing in on its first call). */
export const clientAs = (userId: string, options?: TClientOptions) =>
  apiClient(() => authorizationOf(userId), options);

type TResponse = { status: number; json(): Promise<unknown> };
/** The JSON body a route declares for one status of its answer. */
export type TBodyOf<R, S extends number> = R extends { status: S; json(): Promise<infer B> } ? B : never;

/** Awaits a call, expects its status and returns the body the route declares for that status. */
export async function expectStatus<R extends TResponse, S extends R['status']>(
  call: R | Promise<R>,
  status: S,
): Promise<TBodyOf<R, S>> {
  const response = await call;
  const body = await response.json();
  expect(response.status, JSON.stringify(body)).toBe(status);
  // The status is checked: the body is what the route declares for it (hono/client's own typing).
  return body as TBodyOf<R, S>;
}

/**
 * Awaits a call, expects its error status and returns the error body. The routes' types know
 * only their successful answers (errors are thrown to the one onError), so the body is parsed.
 */
export async function expectError(call: TResponse | Promise<TResponse>, status: number) {
  const response = await call;
  const body = await response.json();
  expect(response.status, JSON.stringify(body)).toBe(status);
  return ZErrorBodySchema.parse(body);
}

/** A request whose body the routes' types forbid: what a broken or hostile client would send. */
export async function untypedRequest(userId: string, method: string, path: string, body: unknown) {
  return app.request(path, {
    method,
    headers: { ...(await authorizationOf(userId)), 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** Adds a person to an agency as `actorId` (who must be allowed to grant their roles), in Indonesian with reminders on. */
export async function addUser(
  actorId: string,
  agencyId: string,
  { id, ...profile }: { id: string; email: string; name: string; roles: TRole[]; unitId?: string },
) {
  return expectStatus(
    clientAs(actorId).agencies[':agencyId'].users[':userId'].$put({
      param: { agencyId, userId: id },
      json: { ...profile, locale: 'id', remindersOff: false },
    }),
    200,
  );
}
