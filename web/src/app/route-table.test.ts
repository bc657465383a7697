import { describe, expect, it } from 'vitest';
import { webPaths } from '../../../shared/web-paths';
import { appPaths } from './paths';
import { resolveRoute } from './route-table';

/** The path and query of an address, as the router sees them. */
const route = (address: string) => {
  const url = new URL(address, 'http://app.example');
  return { ...resolveRoute(url.pathname), query: Object.fromEntries(url.searchParams) };
};

describe('the router and the addresses e-mails link to', () => {
  it('serves every shared/web-paths address with its screen and parameters', () => {
    const agency = 'dinsos-hss';
    expect(route(webPaths.dashboard(agency, 2026, 2))).toEqual({
      screen: 'dashboard',
      params: { agencyId: agency, year: '2026' },
      query: { quarter: '2' },
    });
    expect(route(webPaths.dashboard(agency, 2026))).toMatchObject({ screen: 'dashboard', query: {} });
    expect(route(webPaths.part(agency, 2026, 1, 'pemberdayaan-sosial'))).toEqual({
      screen: 'part',
      params: { agencyId: agency, year: '2026', quarter: '1', unitId: 'pemberdayaan-sosial' },
      query: {},
    });
    expect(route(webPaths.quarter(agency, 2026, 4))).toEqual({
      screen: 'quarter',
      params: { agencyId: agency, year: '2026', quarter: '4' },
      query: {},
    });
    expect(route(webPaths.agreement(agency, 2026))).toMatchObject({ screen: 'agreement' });
    expect(route(webPaths.reports(agency, 2026, 3))).toEqual({
      screen: 'reports',
      params: { agencyId: agency, year: '2026' },
      query: { quarter: '3' },
    });
  });

  it('serves the app’s own addresses below the same year', () => {
    const paths = appPaths('dinsos-hss');
    expect(route(paths.compare(2026, 1, 2))).toMatchObject({ screen: 'compare', query: { a: '1', b: '2' } });
    expect(route(paths.agreement(2026, 2))).toMatchObject({ screen: 'agreement', query: { version: '2' } });
    expect(route(paths.history(2026, { kind: 'part', quarter: 1, unitId: 'sekretariat' }))).toMatchObject({
      screen: 'history',
      query: { quarter: '1', unitId: 'sekretariat' },
    });
    expect(route(paths.settings(2026))).toMatchObject({ screen: 'settings' });
    expect(route(paths.trends(2026))).toMatchObject({ screen: 'trends', params: { year: '2026' } });
    expect(route(paths.calendar(2026))).toMatchObject({ screen: 'calendar' });
    expect(route(paths.checker(2026))).toMatchObject({ screen: 'checker', params: { year: '2026' } });
    expect(route(paths.outbox())).toMatchObject({ screen: 'outbox', params: { agencyId: 'dinsos-hss' } });
    expect(route(paths.reports(2026))).toMatchObject({ screen: 'reports', query: {} });
  });

  it('answers nothing for addresses that are not screens', () => {
    expect(resolveRoute('/')).toBeNull();
    expect(resolveRoute('/years/2026/quarters/1')).toBeNull();
    expect(resolveRoute('/agencies/dinsos-hss/years/2026/quarters/5')).toBeNull();
    expect(resolveRoute('/agencies/dinsos-hss/years/twenty')).toBeNull();
    expect(resolveRoute('/agencies//years/2026')).toBeNull();
    // A trailing slash is the same address.
    expect(resolveRoute('/agencies/dinsos-hss/years/2026/')).toMatchObject({ screen: 'dashboard' });
  });
});
