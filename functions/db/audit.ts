import type { TAuditEvent, TAuditSubject } from '../../shared/model/audit.js';
import { auditEntity } from './entities.js';
import { keys } from './keys.js';
import { queryItems } from './query.js';

const byMoment = (a: TAuditEvent, b: TAuditEvent) => a.at.localeCompare(b.at);

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
  return items.map(auditEntity.parse).sort(byMoment);
}

/** An agency's whole record of a year, every subject's events and the retries, oldest first. */
export async function listYearAuditEvents(agencyId: string, year: number): Promise<TAuditEvent[]> {
  const items = await queryItems({ partition: keys.auditPartition(agencyId, year) });
  return items.map(auditEntity.parse).sort(byMoment);
}

/** The year's retries of failed outbox events, by whoever put them back in line, oldest first. */
export async function listOutboxRetries(agencyId: string, year: number): Promise<TAuditEvent[]> {
  const items = await queryItems({
    partition: keys.auditPartition(agencyId, year),
    beginsWith: keys.outboxAuditPrefix,
  });
  return items.map(auditEntity.parse).sort(byMoment);
}

/** The region's own record of a year (its files asked for in English, its failed events retried), oldest first. */
export async function listRegionAuditEvents(regionId: string, year: number): Promise<TAuditEvent[]> {
  const items = await queryItems({ partition: keys.regionAuditPartition(regionId, year) });
  return items.map(auditEntity.parse).sort(byMoment);
}
