import type { TOutboxHandler } from '../shared/model/outbox.js';
import { userAccessHandlers } from './auth/access-handlers.js';
import { workflowNotifications } from './notify/workflow-notifications.js';
import { quarterOpeningHandlers } from './quarter/open-quarters.js';
import { agencySummaryHandlers } from './region/agency-summaries.js';
import { reportFileHandlers } from './report-files/report-handlers.js';

/**
 * What follows each committed event kind, composed here for the entry points (the stream Lambda,
 * the local drain): the outbox knows no handler and no handler knows the outbox. A year's first
 * signing opens its quarters before anything else, so the region's summary (next: it is cheap,
 * and a failing email does not keep the region's dashboard behind) already counts them. Report
 * files come before the emails so that the sign-off email's links find them; a user's disabling
 * reaches the sign-in service.
 */
export const outboxHandlers = byKind([
  quarterOpeningHandlers,
  agencySummaryHandlers,
  reportFileHandlers,
  workflowNotifications,
  userAccessHandlers,
]);

function byKind(tables: Record<string, TOutboxHandler>[]): Record<string, TOutboxHandler[]> {
  const merged: Record<string, TOutboxHandler[]> = {};
  for (const table of tables) {
    for (const [kind, handler] of Object.entries(table)) merged[kind] = [...(merged[kind] ?? []), handler];
  }
  return merged;
}
