import { lazy } from 'react';

/**
 * Every screen, each in its own chunk: the first screen downloads only itself and the shell,
 * which matters on a district office's slow connection.
 */
export const screens = {
  dashboard: lazy(() => import('../screens/dashboard/dashboard-screen')),
  quarterForm: lazy(() => import('../screens/quarter-form/quarter-form-screen')),
  review: lazy(() => import('../screens/review/review-screen')),
  quarter: lazy(() => import('../screens/sign-off/sign-off-screen')),
  agreement: lazy(() => import('../screens/agreement/agreement-screen')),
  compare: lazy(() => import('../screens/agreement/compare-screen')),
  reports: lazy(() => import('../screens/reports/reports-screen')),
  history: lazy(() => import('../screens/history/history-screen')),
  settings: lazy(() => import('../screens/settings/settings-screen')),
  outbox: lazy(() => import('../screens/outbox/outbox-screen')),
} as const;

export type TScreen = keyof typeof screens;

/** Path patterns, most specific first. */
export const routes: [string, TScreen][] = [
  ['/', 'dashboard'],
  ['/years/:year/quarters/:quarter/parts/:unitId/review', 'review'],
  ['/years/:year/quarters/:quarter/parts/:unitId', 'quarterForm'],
  ['/years/:year/quarters/:quarter', 'quarter'],
  ['/years/:year/agreement/compare', 'compare'],
  ['/years/:year/agreement', 'agreement'],
  ['/years/:year/reports', 'reports'],
  ['/years/:year/history', 'history'],
  ['/settings', 'settings'],
  ['/outbox', 'outbox'],
];

/** Paths the screens link to, in one place. */
export const paths = {
  dashboard: (year: number, quarter: number) => `/?year=${year}&quarter=${quarter}`,
  part: (year: number, quarter: number, unitId: string) =>
    `/years/${year}/quarters/${quarter}/parts/${unitId}`,
  review: (year: number, quarter: number, unitId: string) =>
    `/years/${year}/quarters/${quarter}/parts/${unitId}/review`,
  quarter: (year: number, quarter: number) => `/years/${year}/quarters/${quarter}`,
  agreement: (year: number, version?: number) =>
    `/years/${year}/agreement${version ? `?version=${version}` : ''}`,
  compare: (year: number, a: number, b: number) => `/years/${year}/agreement/compare?a=${a}&b=${b}`,
  reports: (year: number, quarter: number) => `/years/${year}/reports?quarter=${quarter}`,
  partHistory: (year: number, quarter: number, unitId: string) =>
    `/years/${year}/history?quarter=${quarter}&unitId=${unitId}`,
  quarterHistory: (year: number, quarter: number) => `/years/${year}/history?quarter=${quarter}`,
  agreementHistory: (year: number, version: number) => `/years/${year}/history?version=${version}`,
  settings: () => '/settings',
  outbox: () => '/outbox',
};
