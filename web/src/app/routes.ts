import type { ComponentType } from 'react';
import type { TScreenProps } from '../components/screen-props';
import { lazyScreen } from './lazy-screen';
import { PartScreen } from './part-screen';
import { resolveRoute, type TScreen } from './route-table';

/**
 * Every screen, each in its own chunk: the first screen downloads only itself and the shell,
 * which matters on a district office's slow connection.
 */
export const screens: Record<TScreen, ComponentType<TScreenProps> & { preload?: () => Promise<unknown> }> = {
  dashboard: lazyScreen(() => import('../screens/dashboard/dashboard-screen')),
  part: PartScreen,
  quarter: lazyScreen(() => import('../screens/sign-off/sign-off-screen')),
  agreement: lazyScreen(() => import('../screens/agreement/agreement-screen')),
  compare: lazyScreen(() => import('../screens/agreement/compare-screen')),
  reports: lazyScreen(() => import('../screens/reports/reports-screen')),
  history: lazyScreen(() => import('../screens/history/history-screen')),
  settings: lazyScreen(() => import('../screens/settings/settings-screen')),
  trends: lazyScreen(() => import('../screens/trends/trends-screen')),
  calendar: lazyScreen(() => import('../screens/calendar/calendar-screen')),
  checker: lazyScreen(() => import('../screens/checker/checker-screen')),
  outbox: lazyScreen(() => import('../screens/outbox/outbox-screen')),
};

/** Starts fetching the chunk of the screen at `path`, alongside the session and agency requests. */
export function preloadScreen(path: string): void {
  const route = resolveRoute(path);
  screens[route?.screen ?? 'dashboard'].preload?.().catch(() => {
    // Rendering the screen tries again and reports the failure.
  });
}
