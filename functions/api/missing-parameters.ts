/** A route as Hono lists it (`app.routes`): its method and its path with `:name` parameters. */
type TRoutePath = { method: string; path: string };

const parameterName = (part: string) => part.slice(1).replace(/\{.*$/, '');

/**
 * The parameters a request's path leaves out where a route would take it once they are given:
 * "PUT /api/agencies/x/users" (or ".../users/") is the user route without its `userId`, what a
 * client sends for a new-user form saved with a blank id. Such a request is answered as a
 * missing field, not as an unknown address. Empty when no route fits that way.
 */
export function missingParameters(routes: readonly TRoutePath[], method: string, path: string): string[] {
  const segments = path.split('/');
  for (const route of routes) {
    if (route.method !== method) continue;
    const missing = missingIn(route.path.split('/'), segments);
    if (missing && missing.length > 0) return missing;
  }
  return [];
}

/** How the path's segments fit the route's: each parameter given, empty or left out; null if they do not fit. */
function missingIn(pattern: readonly string[], segments: readonly string[]): string[] | null {
  const [part, ...parts] = pattern;
  const [segment, ...rest] = segments;
  if (part === undefined) return segment === undefined ? [] : null;
  if (!part.startsWith(':')) return part === segment ? missingIn(parts, rest) : null;
  if (segment) {
    const given = missingIn(parts, rest);
    if (given) return given;
  }
  const empty = segment === '' ? missingIn(parts, rest) : null;
  const left = empty ?? missingIn(parts, segments);
  return left && [parameterName(part), ...left];
}
