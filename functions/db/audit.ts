import type { TAuditEvent, TAuditSubject } from '../../shared/model/audit.js';
import { auditEntity } from './entities.js';
import { keys } from './keys.js';
import { queryItems } from './query.js';

/** A subject's audit timeline, oldest first; a quarter's includes its parts' events. */
export async function listAuditEvents(
  agencyId: string,
  year: number,
  subject: TAuditSubject,
): Promise<TAuditEvent[]> {
  const items = await queryItems({
    partition: keys.auditPartition(agencyId, year),
    beginsWith: `${keys.auditSubject(subject)}#`,
  });
  return items.map(auditEntity.parse).sort((a, b) => a.at.localeCompare(b.at));
}
