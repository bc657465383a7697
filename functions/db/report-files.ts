import type { TReportFileRecord } from '../../shared/model/report-file.js';
import { putIfAbsent } from './conditional.js';
import { reportFileEntity } from './entities.js';
import { keys } from './keys.js';
import { getItem, queryItems } from './query.js';

/** Records a generated file once: a retried event finds it recorded and leaves it. */
export async function recordReportFile(file: TReportFileRecord): Promise<'recorded' | 'exists'> {
  return (await putIfAbsent(reportFileEntity.item(file))) ? 'recorded' : 'exists';
}

/** The report files of an agency's year whose sort keys begin so (the partition also holds each period's version counter). */
async function reportFilesUnder(
  agencyId: string,
  year: number,
  prefix?: string,
): Promise<TReportFileRecord[]> {
  const items = await queryItems({ partition: keys.reportPartition(agencyId, year), beginsWith: prefix });
  return items.filter(reportFileEntity.is).map(reportFileEntity.parse);
}

/** The report files of an agency's year, every version; of one quarter (0: the year's own) when given. */
export const listReportFiles = (
  agencyId: string,
  year: number,
  quarter?: number,
): Promise<TReportFileRecord[]> =>
  reportFilesUnder(agencyId, year, quarter === undefined ? undefined : `${quarter}#`);

/** Every version of one report (a period's kind, unit, language and format), by the sort-key prefix they share. */
export const listReportFileVersions = (
  agencyId: string,
  year: number,
  reportPrefix: string,
): Promise<TReportFileRecord[]> => reportFilesUnder(agencyId, year, reportPrefix);

/** One report file by its sort key within the agency's year. */
export async function getReportFile(
  agencyId: string,
  year: number,
  sk: string,
): Promise<TReportFileRecord | undefined> {
  return getItem(reportFileEntity, { pk: keys.reportPartition(agencyId, year), sk });
}
