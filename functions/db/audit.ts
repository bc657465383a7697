import type { TAuditEvent, TAuditSubject } from '../../shared/model/audit.js';
import { storedBytes } from '../../shared/model/stored-size.js';
import type { TPageKey } from '../../shared/paging.js';
import { auditEntity } from './entities.js';
import { keys, type TAuditTimeline } from './keys.js';
import { cursorAfter, queryItems, queryPage, type TKeyQuery } from './query.js';

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

/** A timeline shown a page at a time: one subject's (an agreement version, a part) or a gsi1 timeline. */
export type TPagedTimeline =
  | { kind: 'subject'; agencyId: string; year: number; subject: TAuditSubject }
  | TAuditTimeline;

/** Events on a page at most, and about the most of their JSON (the page ends with the event that passes it). */
const auditPageEvents = 50;
const auditPageBytes = 1024 * 1024;

/** The key condition of a timeline: a subject's prefix (its moments in order), or its gsi1 partition by moment. */
function timelineQuery(timeline: TPagedTimeline): TKeyQuery {
  if (timeline.kind !== 'subject') return { index: 'gsi1', partition: keys.auditTimeline(timeline) };
  return {
    partition: keys.auditPartition(timeline.agencyId, timeline.year),
    beginsWith: `${keys.auditSubject(timeline.subject)}#`,
  };
}

/**
 * A page of a timeline's events, newest first (one query), from after `after`: at most 50, and
 * none after the one whose JSON brings the page past about 1 MB; `nextCursor` while more follow.
 * So a page stays well inside Lambda's 6 MB however long the record grows.
 */
export async function readAuditPage(
  timeline: TPagedTimeline,
  after?: TPageKey,
): Promise<{ events: TAuditEvent[]; nextCursor?: string }> {
  const query = timelineQuery(timeline);
  const page = await queryPage({ ...query, limit: auditPageEvents, descending: true, after });
  let bytes = 0;
  const kept = page.items.filter((item) => {
    const fits = bytes < auditPageBytes;
    bytes += storedBytes(item);
    return fits;
  });
  const last = kept.at(-1);
  const nextCursor =
    kept.length < page.items.length && last ? cursorAfter(last, query.index) : page.nextCursor;
  return { events: kept.map(auditEntity.parse), ...(nextCursor && { nextCursor }) };
}
