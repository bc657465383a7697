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
import { getReportFile, listReportFiles } from '../db/report-files.js';
import { readYear } from '../db/year.js';
import { downloadUrlOf, fileIdOf, sortKeyOf } from './file-links.js';
import { reserveReportVersion } from './report-versions.js';

export type TReportFileView = TReportFileRecord & { id: string };

/** The report files of an agency's year (or of one quarter, 0 for the year's own), newest version first. */
export async function listReports(options: {
  user: TUser;
  agencyId: string;
  year: number;
  quarter?: number;
}): Promise<TReportFileView[]> {
  await loadAgency(options.user, options.agencyId, 'agency.read');
  const files = await listReportFiles(options.agencyId, options.year, options.quarter);
  return files
    .map((file) => ({ ...file, id: fileIdOf(keys.reportFile(file).sk) }))
    .sort((a, b) => b.version - a.version || a.fileName.localeCompare(b.fileName));
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
