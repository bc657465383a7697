import type { Context, Input, ValidationTargets } from 'hono';
import type * as z from 'zod';
import type { TActor } from '../../shared/access/policy.js';
import type { AuthEnv } from './auth.js';
import { createRoute } from './router.js';
import {
  changeErrorResponses,
  errorResponses,
  jsonBody,
  type jsonResponse,
  secured,
} from './schemas/common.js';

type Method = 'get' | 'put' | 'post' | 'delete';
/** Path and query parameters are objects of fields; a body may be any schema. */
type Fields = z.ZodObject | undefined;

/** What a route of the signed-in API says of its own; `route()` adds what they all say. */
export type RouteSpec<P extends string, M extends Method, Params, Query, Body, Ok> = {
  operationId: string;
  method: M;
  path: P;
  tag: string;
  summary: string;
  params?: Params;
  query?: Query;
  /** The JSON body, required. */
  body?: Body;
  /** The success answer by its status: `{ 201: jsonResponse(ZUnitSchema, 'Added') }`. */
  response: Ok;
};

type Request<Params, Query, Body> = {
  params: Params;
  query: Query;
  body: Body extends z.ZodType ? ReturnType<typeof jsonBody<Body>> : undefined;
};

/**
 * A route that needs a signed-in user (the bearer token), with the error answers it may give: a
 * read the 400/401/403/404/429/503 of `errorResponses`, a change also 409 and 423. The routes
 * anyone may call, and those that answer otherwise (session, health, local tools), say it all
 * with `createRoute`.
 */
export function route<
  const P extends string,
  M extends Method,
  Ok extends Record<number, ReturnType<typeof jsonResponse>>,
  Params extends Fields = undefined,
  Query extends Fields = undefined,
  Body extends z.ZodType | undefined = undefined,
>(spec: RouteSpec<P, M, Params, Query, Body, Ok>) {
  const { operationId, method, path, tag, summary, params, query, body, response } = spec;
  // TypeScript cannot narrow a generic to its conditional type: this says what the value is.
  const request = { params, query, body: body && jsonBody(body) } as Request<Params, Query, Body>;
  // Typed as the success alone: the client's types know only successful answers (errors are
  // thrown to the one onError and parsed where read).
  const responses: Ok = { ...response, ...(method === 'get' ? errorResponses : changeErrorResponses) };
  // In the order the document lists them.
  return createRoute({ operationId, ...secured, method, path, tags: [tag], summary, request, responses });
}

/** What a route says besides its method, path and (where it is not its file's) tag. */
export type OwnSpec<Params, Query, Body, Ok> = Omit<
  RouteSpec<string, Method, Params, Query, Body, Ok>,
  'method' | 'path' | 'tag'
> & {
  /** The file's tag by default (`routes('settings')`); a route of another names it (`'audit'`). */
  tag?: string;
};

/**
 * The routes of one tag (a file of routes/), declared by method and path as Hono names them:
 * `const route = routes('settings')`, then `route.put('/agencies/{agencyId}/settings', { operationId,
 * summary, params, body, response })`. Each is a `route()`.
 */
export function routes(tag: string) {
  const declare =
    <M extends Method>(method: M) =>
    <
      const P extends string,
      Ok extends Record<number, ReturnType<typeof jsonResponse>>,
      Params extends Fields = undefined,
      Query extends Fields = undefined,
      Body extends z.ZodType | undefined = undefined,
    >(
      path: P,
      spec: OwnSpec<Params, Query, Body, Ok>,
    ) =>
      route<P, M, Ok, Params, Query, Body>({ ...spec, method, path, tag: spec.tag ?? tag });
  return { get: declare('get'), put: declare('put'), post: declare('post'), delete: declare('delete') };
}

type Valid<I, Target extends string> = I extends { out: { [K in Target]: infer Data } } ? Data : unknown;

/**
 * What a use case takes from a request: the signed-in user and the request's validated path,
 * query and JSON body fields, in one options object (`saveSettings(fromRequest(c))`).
 */
export function fromRequest<E extends AuthEnv, P extends string, I extends Input>(c: Context<E, P, I>) {
  // `valid` is typed for the targets a route declares; one it does not declare is undefined.
  const valid = (target: keyof ValidationTargets): unknown => c.req.valid(target as never);
  const options = Object.assign({ user: c.get('user') }, valid('param'), valid('query'), valid('json'));
  return options as { user: TActor } & Valid<I, 'param'> & Valid<I, 'query'> & Valid<I, 'json'>;
}
