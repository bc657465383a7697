import { createHash } from 'node:crypto';
import type { TAuditEvent, TAuditSubject } from '../../shared/model/audit.js';
import {
  outboxDueAt,
  outboxScope,
  outboxState,
  type TOutboxRecord,
  type TOutboxScope,
} from '../../shared/model/outbox.js';

/**
 * Key builders: the only place that spells out key strings. See docs/DATA-MODEL.md.
 *
 * | item     | pk                  | sk            | gsi1pk             | gsi1sk            | gsi2pk         |
 * |----------|---------------------|---------------|--------------------|-------------------|----------------|
 * | region   | REGION#<region>     | REGION        | REGIONS            | REGION#<region>   |                |
 * | agency   | AGENCY#<agency>     | AGENCY        | REGION#<region>    | AGENCY#<agency>   |                |
 * | unit     | AGENCY#<agency>     | UNIT#<unit>   |                    |                   |                |
 * | settings | AGENCY#<agency>     | SETTINGS      |                    |                   |                |
 * | user     | USER#<user>         | USER          | MEMBERS#<scope>    | USER#<user>       | EMAIL#<email>  |
 * | identity | IDENTITY#<sub>      | IDENTITY      |                    |                   |                |
 * | acting   | USER#<user>         | ACTING#<id>   | ACTING#<agency>    | <starts>#<id>     |                |
 *   (an acting official's assignment: read with their user record, listed per agency)
 *   (who signs in as whom: written once with the user's `sub`, never changed)
 * | summary  | REGION#<region>     | SUMMARY#<year>#<agency> |          |                   |                |
 *   (an agency's year as the region's dashboard shows it: one query of the region's partition per page)
 * | holidays | REGION#<region>     | HOLIDAYS#<year> |                  |                   |                |
 * | deadline rule | REGION#<region> | DEADLINE_RULE |                  |                   |                |
 *   (the region's calendar: its days off per year, and its rule for quarterly deadlines)
 *
 * One agency's year is one partition, read with one (paginated) query:
 * | agreement version | AGENCY#<agency>#YEAR#<year> | AGREEMENT#<version, 4 digits>     |
 * | quarter           | AGENCY#<agency>#YEAR#<year> | QUARTER#<q>                       |
 *   (while open also gsi2: QUARTERS#OPEN / <due, UTC>#<agency>#<year>#<q> — the reminder sweep's index)
 * | unit's part       | AGENCY#<agency>#YEAR#<year> | QUARTER#<q>#PART#<unit>           |
 * | evidence file     | AGENCY#<agency>#YEAR#<year> | EVIDENCE#<q>#<unit>#<id>          |
 *
 * Its audit trail and its report files are partitions of their own, so reading the year stays small:
 * | report file       | AGENCY#<agency>#YEAR#<year>#REPORTS | <q>#<kind>#<unit>#<locale>#<format>#<version> |
 * | audit event       | AGENCY#<agency>#YEAR#<year>#AUDIT | <subject>#<at>#<id>          |
 *   (a quarter's or part's also gsi1 …#AUDIT#QUARTER#<q> / <at>#<id>; settings' and retries' …#AUDIT#AGENCY)
 * | region's audit event | REGION#<region>#YEAR#<year>#AUDIT | <subject>#<at>#<id>       |
 *   (also gsi1 REGION#<region>#YEAR#<year>#AUDIT#TIMELINE / <at>#<id>: the region's record by moment)
 *   (the region's own steps: its files asked for in English, its failed events put back in line, its calendar)
 * | report versions   | AGENCY#<agency>#YEAR#<year>#REPORTS | VERSION#<q> (the last version handed out) |
 * | import mapping    | AGENCY#<agency>#IMPORT_MAPPINGS | <hash of the layout's signature>       |
 *   (the columns an agency confirmed for a hand-made workbook's layout; apart from the agency's
 *    own partition, which every request reads whole)
 * | region's file     | REGION#<region>#YEAR#<year>#REPORTS | <q>#<kind>#<locale>#<format>#<version>#<agencies' hash> |
 *   (a file the region compiled from its agencies' accepted quarters; the version counts them)
 * | outbox event      | OUTBOX#<id>  | OUTBOX  | pending: gsi1 OUTBOX#PENDING / <due, UTC>#<id>;        |
 * |                   |              |         | failed: gsi2 OUTBOX#FAILED / <agency>#<failed at>#<id> |
 * |                   |              |         |   (a region's own: REGION#<region>#<failed at>#<id>)   |
 * | email sent marker | SENT#<dedupe key> | SENT | (TTL expiresAt)                                  |
 * | schema version    | SCHEMA       | VERSION | the last migration run on the table (functions/migrations) |
 */
const regions = 'REGIONS';
const regionAgencies = (regionId: string) => `REGION#${regionId}`;
const agencyPartition = (agencyId: string) => `AGENCY#${agencyId}`;
const members = (scope: string) => `MEMBERS#${scope}`;
const email = (address: string) => `EMAIL#${address.toLowerCase()}`;
const yearPartition = (agencyId: string, year: number) => `AGENCY#${agencyId}#YEAR#${year}`;
const agencyYears = (agencyId: string) => `${agencyPartition(agencyId)}#YEARS`;
/**
 * An agency's agreement versions, quarters and parts of every year side by side in gsi1, by year:
 * what a page reading several years (the tasks, the trends) reads in one query.
 */
const inAgencyYears = (key: { pk: string; sk: string }, agencyId: string, year: number) => ({
  ...key,
  gsi1pk: agencyYears(agencyId),
  gsi1sk: `${year}#${key.sk}`,
});
const auditPartition = (agencyId: string, year: number) => `${yearPartition(agencyId, year)}#AUDIT`;
const regionAuditPartition = (regionId: string, year: number) => `REGION#${regionId}#YEAR#${year}#AUDIT`;
const pendingOutbox = 'OUTBOX#PENDING';
const agencyActing = (agencyId: string) => `ACTING#${agencyId}`;
const failedOutbox = 'OUTBOX#FAILED';
const openQuarters = 'QUARTERS#OPEN';
const regionReportPartition = (regionId: string, year: number) => `REGION#${regionId}#YEAR#${year}#REPORTS`;
/** A short name of a set of agencies (a region's may be too many to spell in a sort key). */
const agenciesHash = (agencyIds: readonly string[]) =>
  createHash('sha256')
    .update([...agencyIds].sort().join('\n'))
    .digest('hex')
    .slice(0, 16);
/** A pending outbox event's place in line: the moment it may run next. */
const outboxDue = (id: string, dueAt: string) => ({ gsi1pk: pendingOutbox, gsi1sk: `${dueAt}#${id}` });
/**
 * Where a scope's failed events begin in gsi2: an agency's under its id (as stored before scopes),
 * a region's under REGION# (upper case: no agency's id begins so).
 */
const failedOutboxPrefix = (scope: TOutboxScope) =>
  scope.scope === 'region' ? `REGION#${scope.regionId}#` : `${scope.agencyId}#`;
/** A failed outbox event, listed by its agency or region and when it was given up on. */
const outboxFailed = (scope: TOutboxScope, failedAt: string, id: string) => ({
  gsi2pk: failedOutbox,
  gsi2sk: `${failedOutboxPrefix(scope)}${failedAt}#${id}`,
});

/** Where the audit events of outbox events put back in line begin, whatever the event. */
const outboxAuditPrefix = 'OUTBOX#';

/** The sort-key prefix of a subject's audit events: a quarter's prefix also covers its parts'. */
const auditSubject = (subject: TAuditSubject): string => {
  if (subject.kind === 'agreement') return `AGREEMENT#${String(subject.version).padStart(4, '0')}`;
  if (subject.kind === 'quarter') return `QUARTER#${subject.quarter}`;
  if (subject.kind === 'settings') return 'SETTINGS';
  if (subject.kind === 'outbox') return `${outboxAuditPrefix}${subject.eventId}`;
  if (subject.kind === 'regionReports') return `REPORTS#${subject.quarter}`;
  if (subject.kind === 'calendar') return 'CALENDAR';
  return `QUARTER#${subject.quarter}#PART#${subject.unitId}`;
};

/**
 * The timelines read by moment from gsi1, since their events' sort keys are not in time order: a
 * quarter's (its own events and its parts'), the agency's own record (its settings and people, and
 * the outbox events put back in line) and the region's own record. An agreement version's and a
 * part's events are in time order in the table under their subject's prefix, and are not indexed.
 */
export type TAuditTimeline =
  | { kind: 'quarter'; agencyId: string; year: number; quarter: number }
  | { kind: 'agency'; agencyId: string; year: number }
  | { kind: 'region'; regionId: string; year: number };

const auditTimeline = (timeline: TAuditTimeline): string => {
  if (timeline.kind === 'region') return `${regionAuditPartition(timeline.regionId, timeline.year)}#TIMELINE`;
  const partition = auditPartition(timeline.agencyId, timeline.year);
  return timeline.kind === 'quarter' ? `${partition}#QUARTER#${timeline.quarter}` : `${partition}#AGENCY`;
};

/** The gsi1 timeline an event is on, if any (agreement versions' events: none). */
function timelineOf(event: TAuditEvent): TAuditTimeline | undefined {
  const { subject, year } = event;
  if (event.scope === 'region') return { kind: 'region', regionId: event.regionId, year };
  if (subject.kind === 'quarter' || subject.kind === 'part')
    return { kind: 'quarter', agencyId: event.agencyId, year, quarter: subject.quarter };
  if (subject.kind === 'settings' || subject.kind === 'outbox')
    return { kind: 'agency', agencyId: event.agencyId, year };
  return undefined;
}

export const keys = {
  regions,
  regionAgencies,
  agencyPartition,
  members,
  email,
  yearPartition,
  auditPartition,
  auditSubject,
  outboxAuditPrefix,
  pendingOutbox,
  regionAuditPartition,
  auditTimeline,
  /** An audit event by subject and moment; in gsi1 by moment on the timeline whose key range is not it. */
  audit: (event: TAuditEvent) => {
    const timeline = timelineOf(event);
    return {
      pk:
        event.scope === 'region'
          ? regionAuditPartition(event.regionId, event.year)
          : auditPartition(event.agencyId, event.year),
      sk: `${auditSubject(event.subject)}#${event.at}#${event.id}`,
      // By the moment in UTC, whatever offset the event was written with.
      ...(timeline && {
        gsi1pk: auditTimeline(timeline),
        gsi1sk: `${new Date(event.at).toISOString()}#${event.id}`,
      }),
    };
  },
  /** The marker that an email (by its dedupe key) was sent; it expires after a while. */
  sent: (key: string) => ({ pk: `SENT#${key}`, sk: 'SENT' }),
  failedOutbox,
  failedOutboxPrefix,
  /** A pending event sits in gsi1 by the moment it may run next; a failed one in gsi2 by agency or region. */
  outbox: (record: TOutboxRecord) => ({
    pk: `OUTBOX#${record.id}`,
    sk: 'OUTBOX',
    ...(outboxState(record) === 'pending' && outboxDue(record.id, outboxDueAt(record))),
    ...(outboxState(record) === 'failed' &&
      outboxFailed(outboxScope(record), record.failedAt ?? record.createdAt, record.id)),
  }),
  outboxDue,
  outboxFailed,
  /** An agency's year summarised for its region's dashboard, in the region's partition. */
  agencySummary: (regionId: string, year: number, agencyId: string) => ({
    pk: `REGION#${regionId}`,
    sk: `SUMMARY#${year}#${agencyId}`,
  }),
  regionPartition: (regionId: string) => `REGION#${regionId}`,
  /** A file the region compiled: one per set of agencies it holds, so a rerun finds it recorded. */
  regionReportFile: (file: {
    regionId: string;
    year: number;
    quarter: number;
    kind: string;
    locale: string;
    format: string;
    version: number;
    agencyIds: readonly string[];
  }) => ({
    pk: regionReportPartition(file.regionId, file.year),
    sk: `${file.quarter}#${file.kind}#${file.locale}#${file.format}#${String(file.version).padStart(4, '0')}#${agenciesHash(file.agencyIds)}`,
  }),
  regionReportPartition: (regionId: string, year: number) => regionReportPartition(regionId, year),
  agencySummaryPrefix: (year: number) => `SUMMARY#${year}#`,
  region: (regionId: string) => ({
    pk: `REGION#${regionId}`,
    sk: 'REGION',
    gsi1pk: regions,
    gsi1sk: `REGION#${regionId}`,
  }),
  /** A region's days off of one year. */
  holidays: (regionId: string, year: number) => ({ pk: `REGION#${regionId}`, sk: `HOLIDAYS#${year}` }),
  /** A region's rule for when quarterly reports are due. */
  deadlineRule: (regionId: string) => ({ pk: `REGION#${regionId}`, sk: 'DEADLINE_RULE' }),
  agency: (agencyId: string, regionId: string) => ({
    pk: agencyPartition(agencyId),
    sk: 'AGENCY',
    gsi1pk: regionAgencies(regionId),
    gsi1sk: `AGENCY#${agencyId}`,
  }),
  unit: (agencyId: string, unitId: string) => ({ pk: agencyPartition(agencyId), sk: `UNIT#${unitId}` }),
  settings: (agencyId: string) => ({ pk: agencyPartition(agencyId), sk: 'SETTINGS' }),
  agreement: (agencyId: string, year: number, version: number) => ({
    pk: yearPartition(agencyId, year),
    sk: `AGREEMENT#${String(version).padStart(4, '0')}`,
  }),
  quarter: (agencyId: string, year: number, quarter: number) => ({
    pk: yearPartition(agencyId, year),
    sk: `QUARTER#${quarter}`,
  }),
  agencyYears,
  inAgencyYears,
  /** The first and the last of an agency's years' index sort keys, as a range: years `from` to `to`. */
  agencyYearsRange: (from: number, to: number): [string, string] => [`${from}#`, `${to}#\uffff`],
  openQuarters,
  /** Open quarters only (a sparse index) by due moment: what the reminder sweep queries. */
  openQuarterIndex: (agencyId: string, year: number, quarter: number, dueAt: string) => ({
    gsi2pk: openQuarters,
    gsi2sk: `${new Date(dueAt).toISOString()}#${agencyId}#${year}#${quarter}`,
  }),
  part: (agencyId: string, year: number, quarter: number, unitId: string) => ({
    pk: yearPartition(agencyId, year),
    sk: `QUARTER#${quarter}#PART#${unitId}`,
  }),
  evidence: (agencyId: string, year: number, quarter: number, unitId: string, id: string) => ({
    pk: yearPartition(agencyId, year),
    sk: `EVIDENCE#${quarter}#${unitId}#${id}`,
  }),
  evidencePrefix: (quarter: number, unitId: string) => `EVIDENCE#${quarter}#${unitId}#`,
  /** What the sort keys of a year's quarters and their parts begin with. */
  quartersPrefix: 'QUARTER#',
  reportFile: (file: {
    agencyId: string;
    year: number;
    quarter: number;
    kind: string;
    unitId: string | null;
    locale: string;
    format: string;
    version: number;
  }) => ({
    pk: `${yearPartition(file.agencyId, file.year)}#REPORTS`,
    sk: `${file.quarter}#${file.kind}#${file.unitId ?? 'agency'}#${file.locale}#${file.format}#${String(file.version).padStart(4, '0')}`,
  }),
  reportPartition: (agencyId: string, year: number) => `${yearPartition(agencyId, year)}#REPORTS`,
  /** The columns an agency confirmed for a layout of hand-made agreement workbooks. */
  importMapping: (agencyId: string, signature: string) => ({
    pk: `${agencyPartition(agencyId)}#IMPORT_MAPPINGS`,
    sk: createHash('sha256').update(signature).digest('hex').slice(0, 32),
  }),
  /** The last version handed out to a period's report files (0: the year's own). */
  reportVersion: (agencyId: string, year: number, period: number) => ({
    pk: `${yearPartition(agencyId, year)}#REPORTS`,
    sk: `VERSION#${period}`,
  }),
  /** The table's schema version: the last migration run on it. */
  schemaVersion: { pk: 'SCHEMA', sk: 'VERSION' },
  user: (userId: string) => ({ pk: `USER#${userId}`, sk: 'USER' }),
  /** An acting assignment: in its official's partition (read with them), listed under its agency. */
  acting: (assignment: { id: string; userId: string; agencyId: string; startsAt: string }) => ({
    pk: `USER#${assignment.userId}`,
    sk: `ACTING#${assignment.id}`,
    gsi1pk: agencyActing(assignment.agencyId),
    gsi1sk: `${new Date(assignment.startsAt).toISOString()}#${assignment.id}`,
  }),
  agencyActing: (agencyId: string) => agencyActing(agencyId),
  userPartition: (userId: string) => `USER#${userId}`,
  /** The sign-in identity (a token's `sub`) bound to a user. */
  identity: (sub: string) => ({ pk: `IDENTITY#${sub}`, sk: 'IDENTITY' }),
  /** A user's membership scope is their agency, else their region, else the whole system. */
  userIndexes: (userId: string, scope: string, address: string) => ({
    gsi1pk: members(scope),
    gsi1sk: `USER#${userId}`,
    gsi2pk: email(address),
    gsi2sk: 'USER',
  }),
} as const;

/** The scope under which a user is listed: the system admins have neither agency nor region. */
export const systemScope = 'SYSTEM';
