import type { OpenAPIHono, RouteConfig } from '@hono/zod-openapi';
import { zValidator } from '@hono/zod-validator';
import { type Env, Hono, type MiddlewareHandler, type Schema } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { mergePath } from 'hono/utils/url';
import { $ZodType } from 'zod/v4/core';
import { onValidationError } from './errors.js';

/** A route as declared with `createRoute`: what it validates, and what the API document says of it. */
export type TDeclaredRoute = RouteConfig;

/**
 * Declares a route: its method and path, the schemas its input is validated with, and what the
 * API document says of it (operation id, tag, summary, security, responses). The same shape as
 * @hono/zod-openapi's, whose types the routes keep, so `hc<AppType>` knows every route.
 */
export const createRoute = <P extends string, R extends Omit<RouteConfig, 'path'> & { path: P }>(
  route: R,
): R => route;

/** A declared path as Hono routes it: `/agencies/{agencyId}` is `/agencies/:agencyId`. */
export const honoPath = (path: string) => path.replaceAll(/\/{(.+?)}/g, '/:$1');

const isJson = (contentType: string) => /^application\/([a-z-.]+\+)?json/i.test(contentType);

// A body in another format than the route's JSON is refused before it is read.
const jsonOnly: MiddlewareHandler = async (c, next) => {
  const contentType = c.req.header('content-type');
  if (contentType && !isJson(contentType))
    throw new HTTPException(415, { message: 'Unsupported Media Type' });
  await next();
};

/** The validators of a declared route's input, each failure a field-level 400 (onValidationError). */
function validators(route: TDeclaredRoute): MiddlewareHandler[] {
  const { params, query, body } = route.request ?? {};
  const media = body?.content['application/json'];
  const json = media && 'schema' in media && media.schema instanceof $ZodType ? media.schema : undefined;
  return [
    ...(params ? [zValidator('param', params, onValidationError)] : []),
    ...(query ? [zValidator('query', query, onValidationError)] : []),
    ...(json ? [jsonOnly, zValidator('json', json, onValidationError)] : []),
  ];
}

/**
 * A Hono router whose routes are declared (`openapi(route, handler)`): it validates their input
 * with the route's zod schemas and keeps the declarations, from which the API document is built
 * at build time (openapi-document.ts). @hono/zod-openapi does the same but extends the whole of
 * zod and builds its OpenAPI registry at every start; this keeps its types and leaves it out of
 * the Lambda (issue 16: the API's cold start).
 */
class DeclaringRouter extends Hono {
  readonly declaredRoutes: TDeclaredRoute[] = [];

  openapi(route: TDeclaredRoute, handler: MiddlewareHandler) {
    const { middleware = [], ...declared } = route;
    this.declaredRoutes.push(declared);
    this.on(
      route.method.toUpperCase(),
      [honoPath(route.path)],
      ...[middleware].flat(),
      ...validators(route),
      handler,
    );
    return this;
  }

  // Mounting a router mounts its declarations too, under the same path.
  override route<P extends string, SE extends Env, SS extends Schema, SB extends string>(
    path: P,
    router: Hono<SE, SS, SB>,
  ) {
    if (router instanceof DeclaringRouter)
      for (const declared of router.declaredRoutes)
        this.declaredRoutes.push({ ...declared, path: mergePath(path, declared.path) });
    return super.route(path, router);
  }
}

/** The routes of one concern, typed as @hono/zod-openapi types them (so the typed client knows them). */
export type TRouter<E extends Env = Env> = OpenAPIHono<E>;

/** A router for declared routes; what it declared is in `declaredRoutesOf(router)`. */
export function createRouter<E extends Env = Env>(): TRouter<E> {
  // The runtime class implements what routes use (openapi, route, and Hono's own); the type is
  // @hono/zod-openapi's so that handlers and hc<AppType> infer each route's input and output.
  return new DeclaringRouter() as unknown as TRouter<E>;
}

/** Every route declared on a router and the routers mounted on it, paths relative to it. */
export function declaredRoutesOf(router: unknown): TDeclaredRoute[] {
  if (!(router instanceof DeclaringRouter)) throw new Error('not a router made by createRouter()');
  return router.declaredRoutes;
}
