import { describe, expect, it } from 'vitest';
import { apiRoutes } from './api-routes.js';
import { routeGroups } from './route-groups.js';
import { declaredRoutesOf } from './router.js';

const served = (routes: { method: string; path: string }[]) => routes.map((r) => `${r.method} ${r.path}`);

describe('the route groups the API loads at their first request', () => {
  it.each(routeGroups.map((group) => [group.serves[0], group] as const))(
    'list the routes their file declares, in order (the group of %s)',
    async (_, group) => {
      expect(group.serves).toEqual(served(declaredRoutesOf(await group.load())));
    },
  );

  it('are every route of the typed API, in its order', () => {
    expect(routeGroups.flatMap((group) => group.serves)).toEqual(served(declaredRoutesOf(apiRoutes)));
  });
});
