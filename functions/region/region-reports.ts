import type { TActor } from '../../shared/access/policy.js';
import { AppError } from '../../shared/app-error.js';
import { t } from '../../shared/i18n.js';
import { cycleMessages } from '../../shared/messages/cycle.js';
import type { TUser } from '../../shared/model/organisation.js';
import type { TQuarter } from '../../shared/model/quarter.js';
import type { TRegionReportFileRecord } from '../../shared/model/region-report-file.js';
import { authorize } from '../auth/authorize.js';
import { beginChange } from '../change.js';
import type { TClock } from '../clock.js';
import { keys } from '../db/keys.js';
import { getRegionReportFile, listRegionReportFiles } from '../db/region-report-files.js';
import { downloadUrlOf, fileIdOf, sortKeyOf } from '../report-files/file-links.js';

export type TRegionReportFileView = TRegionReportFileRecord & { id: string };

/** The region's files are read by its own people (Bappeda, Inspektorat, Bupati) as its dashboard is. */
const authorizeRegion = (user: TActor, regionId: string) =>
  // A region-wide read concerns no one agency.
  authorize(user, 'region.read', { regionId, agencyId: '' });

/**
 * The region's compiled files of a year: of each quarter, kind and format the newest, the one that
 * holds the most agencies (of two that raced to the same count, the later). Older ones stay stored.
 */
export async function listRegionReports(options: {
  user: TActor;
  regionId: string;
  year: number;
}): Promise<TRegionReportFileView[]> {
  authorizeRegion(options.user, options.regionId);
  const newest = new Map<string, TRegionReportFileRecord>();
  for (const file of await listRegionReportFiles(options.regionId, options.year)) {
    const slot = `${file.quarter}#${file.kind}#${file.locale}#${file.format}`;
    const held = newest.get(slot);
    if (
      !held ||
      file.version > held.version ||
      (file.version === held.version && Date.parse(file.generatedAt) > Date.parse(held.generatedAt))
    )
      newest.set(slot, file);
  }
  return [...newest.values()]
    .map((file) => ({ ...file, id: fileIdOf(keys.regionReportFile(file).sk) }))
    .sort((a, b) => a.quarter - b.quarter || a.fileName.localeCompare(b.fileName));
}

/** A 5-minute download URL of one of the region's files. */
export async function regionReportDownloadUrl(options: {
  user: TActor;
  regionId: string;
  year: number;
  fileId: string;
}): Promise<{ url: string }> {
  authorizeRegion(options.user, options.regionId);
  return downloadUrlOf(await getRegionReportFile(options.regionId, options.year, sortKeyOf(options.fileId)));
}

export type RegenerateRegionOptions = {
  user: TUser;
  regionId: string;
  year: number;
  quarter: TQuarter;
  locale: 'id' | 'en';
  /** Why they are wanted (for a donor's visit, say): on the region's record. */
  reason: string;
  /** Where the moment and ids come from; the system's by default. */
  clock?: TClock;
};

/**
 * The Bappeda asks for the region's files of a quarter in another language (English): made by the
 * outbox processor from the quarters accepted by then, as the agency's own regeneration is, and
 * remade by each later acceptance. The request is on the region's record (who, when, which quarter
 * and language, why), and each file it makes names who asked for it.
 */
export async function regenerateRegionReports(
  options: RegenerateRegionOptions,
): Promise<{ requestedAt: string }> {
  const { user, regionId, year, quarter, locale, reason, clock } = options;
  authorize(user, 'regionReports.regenerate', { regionId, agencyId: '' });
  // The acceptances make the Indonesian files: none of the quarter yet, no agency's to compile.
  const compiled = (await listRegionReportFiles(regionId, year)).some((file) => file.quarter === quarter);
  if (!compiled) throw new AppError('CONFLICT', t(cycleMessages).noRegionReportsYet);
  const change = beginChange({ user, clock, regionId, year });
  await change.commit({
    writes: [],
    audit: [
      change.audit({
        subject: { kind: 'regionReports', quarter },
        action: 'requestRegionReports',
        reason,
        changes: [{ path: 'locale', before: null, after: locale }],
      }),
    ],
    outbox: [
      change.outbox('regionReports.regenerate', {
        regionId,
        quarter,
        locale,
        requestedBy: { id: user.id, name: user.name },
      }),
    ],
  });
  return { requestedAt: change.at };
}
