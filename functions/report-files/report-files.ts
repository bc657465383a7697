import { AppError } from '../../shared/app-error.js';
import { t } from '../../shared/i18n.js';
import { cycleMessages } from '../../shared/messages/cycle.js';
import type { TUser } from '../../shared/model/organisation.js';
import type { TReportFileRecord } from '../../shared/model/report-file.js';
import { isQuarterLocked } from '../../shared/workflow/quarter-workflow.js';
import { loadAgency } from '../agency/load-agency.js';
import { versionInForce } from '../agreement/agreement-in-force.js';
import { beginChange } from '../change.js';
import type { TClock } from '../clock.js';
import { keys } from '../db/keys.js';
import { getReportFile, listReportFiles, listReportFileVersions } from '../db/report-files.js';
import { readYear } from '../db/year.js';
import { downloadUrlOf, fileIdOf, sortKeyOf } from './file-links.js';
import { reserveReportVersion } from './report-versions.js';

export type TReportFileView = TReportFileRecord & { id: string };
/** The latest version of a report, and how many older ones it has (listed on request). */
export type TLatestReportFile = TReportFileView & { olderVersions: number };

const viewOf = (file: TReportFileRecord): TReportFileView => ({
  ...file,
  id: fileIdOf(keys.reportFile(file).sk),
});
/** What the versions of one report share: the sort key up to the version (`<q>#<kind>#<unit>#<locale>#<format>#`). */
const reportOf = (sk: string) => sk.slice(0, sk.lastIndexOf('#') + 1);
const reportFields = 5;
const newestFirst = (a: TReportFileView, b: TReportFileView) =>
  b.version - a.version || a.fileName.localeCompare(b.fileName);

/**
 * The report files of an agency's year (or of one quarter, 0 for the year's own): the latest
 * version of each report with the count of its older ones. So the answer holds one row per report
 * (kind, unit, language, format: ~14 a quarter), however often a quarter is signed off again or
 * its files made again; the older versions are listed by `listReportVersions`.
 */
export async function listReports(options: {
  user: TUser;
  agencyId: string;
  year: number;
  quarter?: number;
}): Promise<TLatestReportFile[]> {
  await loadAgency(options.user, options.agencyId, 'agency.read');
  const reports = new Map<string, TReportFileView[]>();
  for (const file of (await listReportFiles(options.agencyId, options.year, options.quarter)).map(viewOf)) {
    const report = reportOf(keys.reportFile(file).sk);
    reports.set(report, [...(reports.get(report) ?? []), file]);
  }
  return [...reports.values()]
    .flatMap((versions) => {
      const [latest, ...older] = versions.sort(newestFirst);
      return latest ? [{ ...latest, olderVersions: older.length }] : [];
    })
    .sort(newestFirst);
}

/** Every version of the report a file is one of, the newest first: NOT_FOUND when no file has the id. */
export async function listReportVersions(options: {
  user: TUser;
  agencyId: string;
  year: number;
  fileId: string;
}): Promise<TReportFileView[]> {
  await loadAgency(options.user, options.agencyId, 'agency.read');
  const report = reportOf(sortKeyOf(options.fileId));
  const versions =
    report.split('#').length === reportFields + 1
      ? await listReportFileVersions(options.agencyId, options.year, report)
      : [];
  if (versions.length === 0) throw new AppError('NOT_FOUND', t(cycleMessages).reportFileNotFound);
  return versions.map(viewOf).sort(newestFirst);
}

/** A 5-minute download URL of one report file. */
export async function reportDownloadUrl(options: {
  user: TUser;
  agencyId: string;
  year: number;
  fileId: string;
}): Promise<{ url: string }> {
  await loadAgency(options.user, options.agencyId, 'agency.read');
  return downloadUrlOf(await getReportFile(options.agencyId, options.year, sortKeyOf(options.fileId)));
}

export type RegenerateOptions = {
  user: TUser;
  agencyId: string;
  year: number;
  quarter: 0 | 1 | 2 | 3 | 4;
  locale: 'id' | 'en';
  /** Where the moment and ids come from; the system's by default. */
  clock?: TClock;
};

/**
 * The planner asks for the files again (say, in English, or after a template fix): a new version
 * from the committed state, on the record, made by the outbox processor.
 */
export async function regenerateReports(options: RegenerateOptions): Promise<{ version: number }> {
  const { user, agencyId, year, quarter, locale } = options;
  await loadAgency(user, agencyId, 'reports.regenerate');
  const stored = await readYear(agencyId, year);
  const ready =
    quarter === 0
      ? versionInForce(stored.agreements)
      : stored.quarters.find((q) => q.quarter === quarter && isQuarterLocked(q.state));
  if (!ready) {
    throw new AppError('CONFLICT', t(cycleMessages).noReportsYet);
  }
  const { version, write } = await reserveReportVersion(agencyId, year, quarter);
  const change = beginChange({ user, clock: options.clock, agencyId, year });
  const subject =
    quarter === 0
      ? { kind: 'agreement' as const, version: versionInForce(stored.agreements)?.version ?? 1 }
      : { kind: 'quarter' as const, quarter };
  const audit = change.audit({
    subject,
    action: 'regenerateReports',
    changes: [
      { path: 'version', before: null, after: version },
      { path: 'locale', before: null, after: locale },
    ],
  });
  const outbox = [change.outbox('reports.regenerate', { quarter, version, locale, actorName: user.name })];
  await change.commit({ writes: [write], audit: [audit], outbox });
  return { version };
}
