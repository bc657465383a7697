import { describe, expect, it } from 'vitest';
import { missingParameters } from './missing-parameters.js';

const routes = [
  { method: 'ALL', path: '/api/*' },
  { method: 'GET', path: '/api/agencies/:agencyId/users' },
  { method: 'PUT', path: '/api/agencies/:agencyId/users/:userId' },
  { method: 'POST', path: '/api/agencies/:agencyId/users/:userId/:access' },
];

describe('path parameters left out', () => {
  it('are named where a route would take the request once they are given, empty or left out', () => {
    expect(missingParameters(routes, 'PUT', '/api/agencies/dinsos-hss/users')).toEqual(['userId']);
    expect(missingParameters(routes, 'PUT', '/api/agencies/dinsos-hss/users/')).toEqual(['userId']);
    expect(missingParameters(routes, 'POST', '/api/agencies//users/u1/')).toEqual(['agencyId', 'access']);
  });

  it('are none where no route of that method fits, or nothing is left out', () => {
    expect(missingParameters(routes, 'GET', '/api/agencies/dinsos-hss/users/')).toEqual([]);
    expect(missingParameters(routes, 'PUT', '/api/agencies/dinsos-hss/userz')).toEqual([]);
    expect(missingParameters(routes, 'PUT', '/api/agencies/dinsos-hss/users/u1')).toEqual([]);
    expect(missingParameters(routes, 'DELETE', '/api/agencies/dinsos-hss/users')).toEqual([]);
  });
});
