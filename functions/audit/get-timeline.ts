import type { TAuditEvent, TAuditSubject } from '../../shared/model/audit.js';
import type { TUser } from '../../shared/model/organisation.js';
import { loadAgency } from '../agency/load-agency.js';
import { listAuditEvents } from '../db/audit.js';

export type GetTimelineOptions = { user: TUser; agencyId: string; year: number; subject: TAuditSubject };

/** The audit timeline of an agreement version, a quarter (with its parts) or one part. */
export async function getTimeline(options: GetTimelineOptions): Promise<TAuditEvent[]> {
  await loadAgency(options.user, options.agencyId, 'agency.read');
  return listAuditEvents(options.agencyId, options.year, options.subject);
}
