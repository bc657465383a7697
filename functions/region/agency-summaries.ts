import {
  agencyOf,
  type TOutboxEvent,
  type TOutboxHandler,
  type TOutboxRun,
} from '../../shared/model/outbox.js';
import { summariseAgency } from '../../shared/region/summarise-agency.js';
import { agreementTransitions } from '../../shared/workflow/agreement-workflow.js';
import { partTransitions } from '../../shared/workflow/part-workflow.js';
import { quarterTransitions } from '../../shared/workflow/quarter-workflow.js';
import { versionForQuarter } from '../agreement/agreement-in-force.js';
import { putSummaryIfNewer } from '../db/agency-summaries.js';
import { getAgencyWithUnits } from '../db/organisation.js';
import { readYear } from '../db/year.js';

/**
 * Makes an agency's year's summary for its region from the state as it is now (read consistently)
 * and stores it unless a newer one is there. Safe to run twice, in any order: each run describes
 * the state it read, and the state's version decides which description stays.
 */
export async function refreshAgencySummary(agencyId: string, year: number, now: string): Promise<boolean> {
  const [found, stored] = await Promise.all([
    getAgencyWithUnits(agencyId),
    readYear(agencyId, year, { consistent: true }),
  ]);
  if (!found) throw new Error(`agency ${agencyId} not found`);
  const summary = summariseAgency({
    agency: found.agency,
    year,
    bands: found.settings.statusBands,
    settingsRevision: found.settings.revision,
    agreements: stored.agreements,
    quarters: stored.quarters.map((record) => ({
      record,
      agreement: versionForQuarter(stored.agreements, record.quarter)?.agreement,
    })),
    parts: stored.parts,
    now,
  });
  return putSummaryIfNewer(summary);
}

const refresh: TOutboxHandler = async (event: TOutboxEvent, run: TOutboxRun) => {
  await refreshAgencySummary(agencyOf(event), event.year, run.now);
};

/** Every workflow step of a year (a part's, a quarter's, an agreement's) changes its summary. */
const workflowKinds = [
  ...Object.keys(partTransitions).map((transition) => `part.${transition}`),
  ...Object.keys(quarterTransitions).map((transition) => `quarter.${transition}`),
  ...Object.keys(agreementTransitions).map((transition) => `agreement.${transition}`),
  'quarter.ready',
];

/** The outbox's handlers that keep the region's summaries, by event kind. */
export const agencySummaryHandlers: Record<string, TOutboxHandler> = Object.fromEntries(
  workflowKinds.map((kind) => [kind, refresh]),
);
