import { matchPath } from './match-path';

/** The screens the router can show; `part` picks the form or the review by who is asking. */
export type TScreen =
  | 'dashboard'
  | 'part'
  | 'quarter'
  | 'agreement'
  | 'compare'
  | 'reports'
  | 'history'
  | 'settings'
  | 'trends'
  | 'calendar'
  | 'checker'
  | 'outbox';

/**
 * Path patterns. The first five are the addresses e-mails link to (shared/web-paths.ts; the
 * route test checks each builder lands here); the rest are the app's own.
 */
const routeTable: readonly (readonly [string, TScreen])[] = [
  ['/agencies/:agencyId/years/:year', 'dashboard'],
  ['/agencies/:agencyId/years/:year/quarters/:quarter/parts/:unitId', 'part'],
  ['/agencies/:agencyId/years/:year/quarters/:quarter', 'quarter'],
  ['/agencies/:agencyId/years/:year/agreement', 'agreement'],
  ['/agencies/:agencyId/years/:year/reports', 'reports'],
  ['/agencies/:agencyId/years/:year/agreement/compare', 'compare'],
  ['/agencies/:agencyId/years/:year/history', 'history'],
  ['/agencies/:agencyId/years/:year/settings', 'settings'],
  ['/agencies/:agencyId/years/:year/trends', 'trends'],
  ['/agencies/:agencyId/years/:year/calendar', 'calendar'],
  ['/agencies/:agencyId/years/:year/checker', 'checker'],
  ['/agencies/:agencyId/outbox', 'outbox'],
];

export type TRoute = { screen: TScreen; params: Record<string, string> };

// A year and a quarter that are not numbers are a wrong address, not a screen with bad data.
const validParams = (params: Record<string, string>) =>
  (params.year === undefined || /^\d{4}$/.test(params.year)) &&
  (params.quarter === undefined || /^[1-4]$/.test(params.quarter));

/** The screen and named segments of a path (no query), or null where nothing matches. */
export function resolveRoute(path: string): TRoute | null {
  for (const [pattern, screen] of routeTable) {
    const params = matchPath(pattern, path);
    if (params && validParams(params)) return { screen, params };
  }
  return null;
}
