import type { TUser } from '../../shared/model/organisation.js';
import type { TQuarter } from '../../shared/model/quarter.js';
import type { TPartRecord, TQuarterRecord } from '../../shared/model/records.js';
import { isReadyForSignOff } from '../../shared/workflow/quarter-workflow.js';
import { loadAgency } from '../agency/load-agency.js';
import { readQuarter, readQuarters } from '../db/year.js';
import { partOf, quarterInForce } from './load-quarter.js';

export type TQuarterSummary = TQuarterRecord & { readyForSignOff: boolean; parts: TPartRecord[] };

/** The year's quarters with their parts' states and due dates. */
export async function listQuarters(options: {
  user: TUser;
  agencyId: string;
  year: number;
}): Promise<TQuarterSummary[]> {
  await loadAgency(options.user, options.agencyId, 'agency.read');
  const { quarters, parts } = await readQuarters(options.agencyId, options.year);
  return quarters
    .sort((a, b) => a.quarter - b.quarter)
    .map((quarter) => {
      const own = parts.filter((part) => part.content.quarter === quarter.quarter);
      return {
        ...quarter,
        readyForSignOff: quarter.state === 'open' && isReadyForSignOff(own.map((p) => p.state)),
        parts: own,
      };
    });
}

export type GetPartOptions = {
  user: TUser;
  agencyId: string;
  year: number;
  quarter: TQuarter;
  unitId: string;
};

/**
 * One unit's part with the quarter it belongs to and the agreement version it is measured against:
 * read from the quarter alone, not the agreements' contents (the form fetches the version it needs).
 */
export async function getPart(options: GetPartOptions) {
  const { user, agencyId, year, quarter, unitId } = options;
  await loadAgency(user, agencyId, 'agency.read');
  const found = await readQuarter(agencyId, year, quarter);
  const inForce = quarterInForce(found, quarter, year);
  return {
    part: partOf(found, unitId),
    quarter: inForce.quarter,
    agreementVersion: inForce.agreement.version,
  };
}
