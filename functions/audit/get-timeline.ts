import type { TActor } from '../../shared/access/policy.js';
import type { TAuditEvent, TAuditSubject, TRecordAgency } from '../../shared/model/audit.js';
import type { TUser } from '../../shared/model/organisation.js';
import type { TPageKey } from '../../shared/paging.js';
import { loadAgency } from '../agency/load-agency.js';
import { nameRecordAgencies } from '../agency/named-people.js';
import { authorize } from '../auth/authorize.js';
import { readAuditPage, type TPagedTimeline } from '../db/audit.js';

export type GetTimelineOptions = {
  user: TUser;
  agencyId: string;
  year: number;
  subject: TAuditSubject;
  /** Where the page starts (the previous page's `next`); absent: the newest events. */
  cursor?: TPageKey;
};

/** A page of a timeline, newest first, and the cursor of the next page (absent at the end). */
export type TTimelinePage = { events: TAuditEvent[]; nextCursor?: string };

/** A page of the audit timeline of an agreement version, a quarter (with its parts) or one part, newest first. */
export async function getTimeline(options: GetTimelineOptions): Promise<TTimelinePage> {
  const { agencyId, year, subject } = options;
  await loadAgency(options.user, agencyId, 'agency.read');
  const timeline: TPagedTimeline =
    subject.kind === 'quarter'
      ? { kind: 'quarter', agencyId, year, quarter: subject.quarter }
      : { kind: 'subject', agencyId, year, subject };
  return readAuditPage(timeline, options.cursor);
}

/**
 * A page of the agency's own record of a year, newest first: its settings and people, and the
 * failed outbox events retried; with the names of the agencies it says people were moved
 * between, and of their units.
 */
export async function getAgencyTimeline(
  options: Omit<GetTimelineOptions, 'subject'>,
): Promise<TTimelinePage & { agencies: TRecordAgency[] }> {
  const { agencyId, year } = options;
  const { agency } = await loadAgency(options.user, agencyId, 'agency.read');
  const page = await readAuditPage({ kind: 'agency', agencyId, year }, options.cursor);
  return { ...page, agencies: await nameRecordAgencies(page.events, agency.regionId, year) };
}

/**
 * A page of the region's own record of a year, newest first, for its own people (Bappeda,
 * Inspektorat, Bupati) as its dashboard is: its files asked for in another language and its
 * failed events put back in line. Its acceptances and returns are on each agency's quarter.
 */
export async function getRegionTimeline(options: {
  user: TActor;
  regionId: string;
  year: number;
  cursor?: TPageKey;
}): Promise<TTimelinePage> {
  authorize(options.user, 'region.read', { regionId: options.regionId, agencyId: '' });
  return readAuditPage({ kind: 'region', regionId: options.regionId, year: options.year }, options.cursor);
}
