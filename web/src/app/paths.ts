import type { TQuarter } from '../../../shared/model/quarter';
import { webPaths } from '../../../shared/web-paths';

/** Whose audit timeline the history screen shows. */
export type THistorySubject =
  | { kind: 'quarter'; quarter: TQuarter }
  | { kind: 'part'; quarter: TQuarter; unitId: string }
  | { kind: 'agreement'; version: number }
  /** The agency's own record: its people and units, its settings. */
  | { kind: 'settings' };

/** "?quarter=1&unitId=…", "?quarter=1", "?version=2" or "?subject=settings". */
const historyQuery = (subject: THistorySubject): string =>
  subject.kind === 'settings'
    ? 'subject=settings'
    : subject.kind === 'agreement'
      ? `version=${subject.version}`
      : subject.kind === 'part'
        ? `quarter=${subject.quarter}&unitId=${encodeURIComponent(subject.unitId)}`
        : `quarter=${subject.quarter}`;

/**
 * Every address the app links to, in one agency. The ones e-mails link to come from
 * shared/web-paths.ts, so the app and the e-mails cannot drift apart; the app's own screens
 * (compare, history, settings, trends, outbox) hang below the same year address.
 */
export function appPaths(agencyId: string) {
  const yearBase = (year: number) => webPaths.dashboard(agencyId, year);
  return {
    dashboard: (year: number, quarter?: TQuarter) => webPaths.dashboard(agencyId, year, quarter),
    /** The division head's form, the verifier's and head's review, read-only for others. */
    part: (year: number, quarter: TQuarter, unitId: string) => webPaths.part(agencyId, year, quarter, unitId),
    quarter: (year: number, quarter: TQuarter) => webPaths.quarter(agencyId, year, quarter),
    agreement: (year: number, version?: number) =>
      `${webPaths.agreement(agencyId, year)}${version ? `?version=${version}` : ''}`,
    compare: (year: number, a: number, b: number) =>
      `${webPaths.agreement(agencyId, year)}/compare?a=${a}&b=${b}`,
    /** Without a quarter: the year's own files (the agreement, the annual report). */
    reports: (year: number, quarter?: TQuarter) => webPaths.reports(agencyId, year, quarter),
    history: (year: number, subject: THistorySubject) => `${yearBase(year)}/history?${historyQuery(subject)}`,
    settings: (year: number) => `${yearBase(year)}/settings`,
    trends: (year: number) => `${yearBase(year)}/trends`,
    calendar: (year: number) => `${yearBase(year)}/calendar`,
    /** The checker of reports made by hand. */
    checker: (year: number) => `${yearBase(year)}/checker`,
    outbox: () => `/agencies/${agencyId}/outbox`,
  };
}

export type TAppPaths = ReturnType<typeof appPaths>;

/** The region admin's form for a new agency of their region. */
export const newAgencyPath = (regionId: string) => `/regions/${regionId}/agencies/new`;

/** The region's dashboard of a year: every agency's quarters. */
export const regionBoardPath = (regionId: string, year: number | string) =>
  `/regions/${regionId}/years/${year}`;
