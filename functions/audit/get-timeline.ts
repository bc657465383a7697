import type { TAuditEvent, TAuditSubject } from '../../shared/model/audit.js';
import type { TUser } from '../../shared/model/organisation.js';
import { loadAgency } from '../agency/load-agency.js';
import { listAuditEvents, listOutboxRetries } from '../db/audit.js';

export type GetTimelineOptions = { user: TUser; agencyId: string; year: number; subject: TAuditSubject };

/** The audit timeline of an agreement version, a quarter (with its parts) or one part. */
export async function getTimeline(options: GetTimelineOptions): Promise<TAuditEvent[]> {
  await loadAgency(options.user, options.agencyId, 'agency.read');
  return listAuditEvents(options.agencyId, options.year, options.subject);
}

/** The agency's own record of a year: its settings and people, and the failed outbox events retried. */
export async function getAgencyTimeline(
  options: Omit<GetTimelineOptions, 'subject'>,
): Promise<TAuditEvent[]> {
  await loadAgency(options.user, options.agencyId, 'agency.read');
  const [own, retries] = await Promise.all([
    listAuditEvents(options.agencyId, options.year, { kind: 'settings' }),
    listOutboxRetries(options.agencyId, options.year),
  ]);
  return [...own, ...retries].sort((a, b) => a.at.localeCompare(b.at));
}
