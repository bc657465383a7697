import type { TRegionReportFileRecord } from '../../shared/model/region-report-file.js';
import { putIfAbsent } from './conditional.js';
import { regionReportFileEntity } from './entities.js';
import { keys } from './keys.js';
import { getItem, queryItems } from './query.js';

/** Records a file the region compiled once: a rerun that compiled the same agencies finds it recorded. */
export async function recordRegionReportFile(file: TRegionReportFileRecord): Promise<'recorded' | 'exists'> {
  return (await putIfAbsent(regionReportFileEntity.item(file))) ? 'recorded' : 'exists';
}

/** The files a region compiled for a year, every version. */
export async function listRegionReportFiles(
  regionId: string,
  year: number,
): Promise<TRegionReportFileRecord[]> {
  const items = await queryItems({ partition: keys.regionReportPartition(regionId, year) });
  return items.map(regionReportFileEntity.parse);
}

/** One of a region's files by its sort key within the region's year. */
export async function getRegionReportFile(
  regionId: string,
  year: number,
  sk: string,
): Promise<TRegionReportFileRecord | undefined> {
  return getItem(regionReportFileEntity, { pk: keys.regionReportPartition(regionId, year), sk });
}
