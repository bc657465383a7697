import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { TAuditEvent, TRecordAgency } from '../../../shared/model/audit';
import type { TOutboxScope } from '../../../shared/model/outbox';
import type { TQuarter } from '../../../shared/model/quarter';
import { unpackBoard } from '../../../shared/region/packed-board';
import type { THistorySubject } from '../app/paths';
import { api, ok } from './client';

/**
 * The key tree of the server state: everything of an agency sits under `agencyKey`, everything
 * of one of its years under `yearKey`. A change invalidates the narrowest branch that holds all
 * it touched (a part's submission: the year — its quarters, dashboard, tables, history).
 */
export const agencyKey = (agencyId: string) => ['agency', agencyId] as const;
/** Everything read across a region (its dashboard). */
export const regionKey = (regionId: string) => ['region', regionId] as const;
/** Everything of an agency, or everything read across a region. */
export const scopeKey = (scope: TOutboxScope) =>
  scope.scope === 'region' ? regionKey(scope.regionId) : agencyKey(scope.agencyId);
export const yearKey = (agencyId: string, year: number) => [...agencyKey(agencyId), 'year', year] as const;

const agencies = api.agencies[':agencyId'];
const years = agencies.years[':year'];
const parts = years.quarters[':quarter'].parts[':unitId'];
const yearParam = (agencyId: string, year: number) => ({ agencyId, year: String(year) });
/** A year's figures as of a quarter (0: the year's own, for report files). */
const ofQuarter = (agencyId: string, year: number, quarter: number) => ({
  param: yearParam(agencyId, year),
  query: { quarter: String(quarter) },
});
const partParam = (agencyId: string, year: number, quarter: TQuarter, unitId: string) => ({
  ...yearParam(agencyId, year),
  quarter: String(quarter),
  unitId,
});

/** A page of failed events, after the cursor of the page before. */
const failedEventsPage = (scope: TOutboxScope, cursor: string | undefined) =>
  scope.scope === 'region'
    ? ok(
        api.regions[':regionId'].outbox.failed.$get({
          param: { regionId: scope.regionId },
          query: { cursor },
        }),
      )
    : ok(agencies.outbox.failed.$get({ param: { agencyId: scope.agencyId }, query: { cursor } }));

/** Every read the web app makes, one factory each: the key and how to load it, kept together. */
export const queries = {
  /** How this server signs people in (development sign-in or Cognito) and whether local tools exist. */
  config: () =>
    queryOptions({
      queryKey: ['config'],
      queryFn: () => ok(api.config.$get()),
      staleTime: Number.POSITIVE_INFINITY,
    }),
  /** The agencies the signed-in user may read (the front door's list). */
  agencies: () => queryOptions({ queryKey: ['agencies'], queryFn: () => ok(api.agencies.$get()) }),
  /** The regions the signed-in user reads across (the region admin's own). */
  regions: () => queryOptions({ queryKey: ['regions'], queryFn: () => ok(api.regions.$get()) }),
  /** The region's dashboard of a year: its agencies' summaries, late and at-risk first (unpacked once, here). */
  regionBoard: (regionId: string, year: number) =>
    queryOptions({
      queryKey: [...regionKey(regionId), 'board', year],
      queryFn: async () => ({
        agencies: unpackBoard(
          await ok(
            api.regions[':regionId'].years[':year'].board.$get({ param: { regionId, year: String(year) } }),
          ),
        ),
      }),
    }),
  /** The files the region compiled of a year from its agencies' accepted quarters: the newest of each. */
  regionReports: (regionId: string, year: number) =>
    queryOptions({
      queryKey: [...regionKey(regionId), 'reports', year],
      queryFn: () =>
        ok(api.regions[':regionId'].years[':year'].reports.$get({ param: { regionId, year: String(year) } })),
    }),
  /** The active people of every agency of a region, by agency (whom its administrator appoints from). */
  regionPeople: (regionId: string) =>
    queryOptions({
      queryKey: [...regionKey(regionId), 'people'],
      queryFn: () => ok(api.regions[':regionId'].people.$get({ param: { regionId } })),
    }),
  agency: (agencyId: string) =>
    queryOptions({
      queryKey: [...agencyKey(agencyId), 'record'],
      queryFn: () => ok(agencies.$get({ param: { agencyId } })),
    }),
  settings: (agencyId: string) =>
    queryOptions({
      queryKey: [...agencyKey(agencyId), 'settings'],
      queryFn: () => ok(agencies.settings.$get({ param: { agencyId } })),
    }),
  users: (agencyId: string) =>
    queryOptions({
      queryKey: [...agencyKey(agencyId), 'users'],
      queryFn: () => ok(agencies.users.$get({ param: { agencyId } })),
    }),
  /** People the agency's record names by id, by name and where they stand now (those who left too). */
  people: (agencyId: string, ids: readonly string[]) =>
    queryOptions({
      queryKey: [...agencyKey(agencyId), 'people', ...ids],
      queryFn: () => ok(agencies.people.$get({ param: { agencyId }, query: { ids: ids.join(',') } })),
      enabled: ids.length > 0,
    }),
  acting: (agencyId: string) =>
    queryOptions({
      queryKey: [...agencyKey(agencyId), 'acting'],
      queryFn: () => ok(agencies.acting.$get({ param: { agencyId } })),
    }),
  /** What waits on the signed-in user, across last year and this one; read again on every visit. */
  myTasks: (agencyId: string) =>
    queryOptions({
      queryKey: [...agencyKey(agencyId), 'my-tasks'],
      queryFn: () => ok(agencies.tasks.$get({ param: { agencyId } })),
    }),
  /**
   * The year's agreement: `version` whole (without it the one in force, else the latest draft) and
   * every version summed up, none of their contents (many Perubahan of 300 KB would pass 6 MB).
   */
  agreement: (agencyId: string, year: number, version?: number) =>
    queryOptions({
      queryKey: [...yearKey(agencyId, year), 'agreement', version ?? 'shown'],
      queryFn: () =>
        version === undefined
          ? ok(years.agreement.$get({ param: yearParam(agencyId, year) }))
          : ok(
              years.agreement.versions[':version'].$get({
                param: { ...yearParam(agencyId, year), version: String(version) },
              }),
            ),
    }),
  quarters: (agencyId: string, year: number) =>
    queryOptions({
      queryKey: [...yearKey(agencyId, year), 'quarters'],
      queryFn: () => ok(years.quarters.$get({ param: yearParam(agencyId, year) })),
    }),
  /** The region's calendar as it sets the agency's year: rule, days off, each quarter's deadline. */
  calendar: (agencyId: string, year: number) =>
    queryOptions({
      queryKey: [...yearKey(agencyId, year), 'calendar'],
      queryFn: () => ok(years.calendar.$get({ param: yearParam(agencyId, year) })),
    }),
  dashboard: (agencyId: string, year: number, quarter: TQuarter) =>
    queryOptions({
      queryKey: [...yearKey(agencyId, year), 'dashboard', quarter],
      queryFn: () => ok(years.dashboard.$get(ofQuarter(agencyId, year, quarter))),
    }),
  performance: (agencyId: string, year: number, quarter: TQuarter) =>
    queryOptions({
      queryKey: [...yearKey(agencyId, year), 'performance', quarter],
      queryFn: () => ok(years.performance.$get(ofQuarter(agencyId, year, quarter))),
    }),
  /** A year's trends beside the past years that have its indicators. */
  trends: (agencyId: string, year: number) =>
    queryOptions({
      queryKey: [...yearKey(agencyId, year), 'trends'],
      queryFn: () => ok(years.trends.$get({ param: yearParam(agencyId, year) })),
    }),
  part: (agencyId: string, year: number, quarter: TQuarter, unitId: string) =>
    queryOptions({
      queryKey: [...yearKey(agencyId, year), 'part', quarter, unitId],
      queryFn: () => ok(parts.$get({ param: partParam(agencyId, year, quarter, unitId) })),
    }),
  evidence: (agencyId: string, year: number, quarter: TQuarter, unitId: string) =>
    queryOptions({
      queryKey: [...yearKey(agencyId, year), 'evidence', quarter, unitId],
      queryFn: () => ok(parts.evidence.$get({ param: partParam(agencyId, year, quarter, unitId) })),
    }),
  /** Report files of a quarter, or with period 0 the year's own. */
  reports: (agencyId: string, year: number, period: number) =>
    queryOptions({
      queryKey: [...yearKey(agencyId, year), 'reports', period],
      queryFn: () => ok(years.reports.$get(ofQuarter(agencyId, year, period))),
    }),
  /** Every version of the report a listed file is the latest of, asked for when its older ones are shown. */
  reportVersions: (agencyId: string, year: number, fileId: string) =>
    queryOptions({
      queryKey: [...yearKey(agencyId, year), 'reports', 'versions', fileId],
      queryFn: () =>
        ok(years.reports[':fileId'].versions.$get({ param: { ...yearParam(agencyId, year), fileId } })),
    }),
  /** A record's timeline, newest first, a page at a time ("Muat lebih banyak" asks for the next). */
  audit: (agencyId: string, year: number, subject: THistorySubject) =>
    infiniteQueryOptions({
      queryKey: [...yearKey(agencyId, year), 'audit', subject],
      queryFn: ({ pageParam }) => loadTimeline(agencyId, year, subject, pageParam),
      ...pagedByCursor,
    }),
  /**
   * The outbox events of an agency, or the region's own, given up on after their last attempt: page
   * by page, the latest failure first ("Muat lebih banyak" asks for the next).
   */
  failedEvents: (scope: TOutboxScope) =>
    infiniteQueryOptions({
      queryKey: [...scopeKey(scope), 'outbox', 'failed'],
      queryFn: ({ pageParam }) => failedEventsPage(scope, pageParam),
      ...pagedByCursor,
    }),
  /** The region's own record of a year, newest first, a page at a time: its files asked for in English, its failed events retried. */
  regionAudit: (regionId: string, year: number) =>
    infiniteQueryOptions({
      queryKey: [...regionKey(regionId), 'audit', year],
      queryFn: ({ pageParam }) =>
        ok(
          api.regions[':regionId'].years[':year'].audit.$get({
            param: { regionId, year: String(year) },
            query: { cursor: pageParam },
          }),
        ),
      ...pagedByCursor,
    }),
  /** Local mode's e-mails, written instead of sent. */
  outbox: () => queryOptions({ queryKey: ['dev', 'outbox'], queryFn: () => ok(api.dev.outbox.$get()) }),
};

/** A list read a page at a time: the first without a cursor, each next with the `nextCursor` its page before gave. */
const pagedByCursor = {
  initialPageParam: undefined as string | undefined,
  getNextPageParam: (page: { nextCursor?: string }) => page.nextCursor,
};

/** A page of a record's events; the agency's own record also names the agencies people were moved between, and their units. */
function loadTimeline(
  agencyId: string,
  year: number,
  subject: THistorySubject,
  cursor: string | undefined,
): Promise<{ events: TAuditEvent[]; nextCursor?: string; agencies?: TRecordAgency[] }> {
  const param = yearParam(agencyId, year);
  const query = { cursor };
  if (subject.kind === 'settings') return ok(years.settings.audit.$get({ param, query }));
  if (subject.kind === 'agreement')
    return ok(
      years.agreement.versions[':version'].audit.$get({
        param: { ...param, version: String(subject.version) },
        query,
      }),
    );
  if (subject.kind === 'part')
    return ok(parts.audit.$get({ param: partParam(agencyId, year, subject.quarter, subject.unitId), query }));
  return ok(
    years.quarters[':quarter'].audit.$get({ param: { ...param, quarter: String(subject.quarter) }, query }),
  );
}
