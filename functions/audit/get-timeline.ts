import type { TActor } from '../../shared/access/policy.js';
import type { TAuditEvent, TAuditSubject, TRecordAgency } from '../../shared/model/audit.js';
import type { TUser } from '../../shared/model/organisation.js';
import { loadAgency } from '../agency/load-agency.js';
import { nameRecordAgencies } from '../agency/named-people.js';
import { authorize } from '../auth/authorize.js';
import { listAuditEvents, listOutboxRetries, listRegionAuditEvents } from '../db/audit.js';

export type GetTimelineOptions = { user: TUser; agencyId: string; year: number; subject: TAuditSubject };

/** The audit timeline of an agreement version, a quarter (with its parts) or one part. */
export async function getTimeline(options: GetTimelineOptions): Promise<TAuditEvent[]> {
  await loadAgency(options.user, options.agencyId, 'agency.read');
  return listAuditEvents(options.agencyId, options.year, options.subject);
}

/**
 * The agency's own record of a year: its settings and people, and the failed outbox events
 * retried; with the names of the agencies it says people were moved between, and of their units.
 */
export async function getAgencyTimeline(
  options: Omit<GetTimelineOptions, 'subject'>,
): Promise<{ events: TAuditEvent[]; agencies: TRecordAgency[] }> {
  const { agency } = await loadAgency(options.user, options.agencyId, 'agency.read');
  const [own, retries] = await Promise.all([
    listAuditEvents(options.agencyId, options.year, { kind: 'settings' }),
    listOutboxRetries(options.agencyId, options.year),
  ]);
  const events = [...own, ...retries].sort((a, b) => a.at.localeCompare(b.at));
  return { events, agencies: await nameRecordAgencies(events, agency.regionId, options.year) };
}

/**
 * The region's own record of a year, for its own people (Bappeda, Inspektorat, Bupati) as its
 * dashboard is: its files asked for in another language and its failed events put back in line.
 * Its acceptances and returns are on each agency's quarter.
 */
export async function getRegionTimeline(options: {
  user: TActor;
  regionId: string;
  year: number;
}): Promise<TAuditEvent[]> {
  authorize(options.user, 'region.read', { regionId: options.regionId, agencyId: '' });
  return listRegionAuditEvents(options.regionId, options.year);
}
