import type { TReportFileRecord } from '../../shared/model/report-file.js';
import { putIfAbsent } from './conditional.js';
import { reportFileEntity } from './entities.js';
import { keys } from './keys.js';
import { getItem, queryItems } from './query.js';

/** Records a generated file once: a retried event finds it recorded and leaves it. */
export async function recordReportFile(file: TReportFileRecord): Promise<'recorded' | 'exists'> {
  return (await putIfAbsent(reportFileEntity.item(file))) ? 'recorded' : 'exists';
}

/** The report files of an agency's year, every version; of one quarter (0: the year's own) when given. */
export async function listReportFiles(
  agencyId: string,
  year: number,
  quarter?: number,
): Promise<TReportFileRecord[]> {
  const items = await queryItems({
    partition: keys.reportPartition(agencyId, year),
    beginsWith: quarter === undefined ? undefined : `${quarter}#`,
  });
  // The partition also holds each period's version counter.
  return items.filter(reportFileEntity.is).map(reportFileEntity.parse);
}

/** Every version of one report (a period's kind, unit, language and format), by the sort-key prefix they share. */
export async function listReportFileVersions(
  agencyId: string,
  year: number,
  reportPrefix: string,
): Promise<TReportFileRecord[]> {
  const items = await queryItems({
    partition: keys.reportPartition(agencyId, year),
    beginsWith: reportPrefix,
  });
  return items.filter(reportFileEntity.is).map(reportFileEntity.parse);
}

/** One report file by its sort key within the agency's year. */
export async function getReportFile(
  agencyId: string,
  year: number,
  sk: string,
): Promise<TReportFileRecord | undefined> {
  return getItem(reportFileEntity, { pk: keys.reportPartition(agencyId, year), sk });
}
