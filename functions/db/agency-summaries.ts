import { PutCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import {
  type TAgencySummary,
  type TBoardSummary,
  ZAgencySummarySchema,
  ZBoardSummarySchema,
  ZSummaryBandSchema,
} from '../../shared/model/agency-summary.js';
import type { TPackedFigures } from '../../shared/model/packed-board.js';
import { packQuarter, unpackQuarter } from '../../shared/region/packed-board.js';
import { documents, tableName } from './client.js';
import { agencySummaryEntity } from './entities.js';
import { keys } from './keys.js';
import { queryItems } from './query.js';
import { writtenIf } from './written-if.js';

/**
 * A summary as the item that stores it: its bands and packed quarters in one string, its region
 * and year in its key only. Checked here,
 * where every summary is made into an item, so that the region's page reads it back without
 * checking it.
 */
export function agencySummaryItem(summary: TAgencySummary) {
  const { regionId, year, bands, quarters, ...scalars } = ZAgencySummarySchema.parse(summary);
  const packed: TPackedFigures = {
    bands: bands.map(({ id, label, labelEn, color }) => [id, label, labelEn, color]),
    quarters: quarters.map((quarter) => packQuarter(quarter, bands)),
  };
  return agencySummaryEntity.item({ ...scalars, packed: JSON.stringify(packed) }, regionId, year);
}

/**
 * A summary stored before its figures were one string (2026-12-02): its quarters a list, each
 * naming its bands. Read as the same summary until the outbox makes it again.
 */
const ZListedSummarySchema = z.object({
  quarters: z.array(z.object({ ikuBands: z.array(ZSummaryBandSchema) })),
});

function readListedSummary(item: Record<string, unknown>): TBoardSummary {
  const named = ZListedSummarySchema.parse(item).quarters.flatMap((quarter) => quarter.ikuBands);
  const bands = [...new Map(named.map((band) => [band.id, band])).values()];
  return ZBoardSummarySchema.parse({ ...item, bands });
}

/**
 * What the region's page reads of a summary item: the agency and its figures (projected: the
 * item's keys, state version and moment stay in the table), in any of the three ways one was stored.
 */
const boardAttributes = [
  'agencyId',
  'name',
  'shortName',
  'example',
  'timeZone',
  'packed',
  'figures',
  'quarters',
];

/**
 * A stored summary read back for the region's page. Its item was checked when it was made
 * (agencySummaryItem) and only the outbox and onboarding make one, so it is not checked again on
 * every page: checking 41 summaries took a fifth of the region page's time in the server (issue 18).
 * Items stored before their quarters were packed (2026-12-03) keep theirs as named figures in
 * `figures`, or (before 2026-12-02) as a list: read as the same until the outbox makes them again.
 */
export function readBoardSummary(item: Record<string, unknown>): TBoardSummary {
  if (Array.isArray(item.quarters)) return readListedSummary(item);
  const { packed, figures, ...scalars } = item;
  // Checked on write (above): the item's scalars and its figures' JSON are a summary's.
  if (typeof figures === 'string') return { ...scalars, ...JSON.parse(figures) } as TBoardSummary;
  const figured = JSON.parse(String(packed)) as TPackedFigures;
  const bands = figured.bands.map(([id, label, labelEn, color]) => ({ id, label, labelEn, color }));
  const unpacked = figured.quarters.map((quarter) => unpackQuarter(quarter, bands));
  return { ...scalars, bands, quarters: unpacked } as TBoardSummary;
}

/**
 * Stores an agency's summary unless one made from a newer (or the same) state is there: a replayed
 * or overtaken outbox event never puts an older picture back. True when written.
 */
export async function putSummaryIfNewer(summary: TAgencySummary): Promise<boolean> {
  return writtenIf(
    documents.send(
      new PutCommand({
        TableName: tableName,
        Item: agencySummaryItem(summary),
        ConditionExpression: 'attribute_not_exists(pk) OR stateVersion < :version',
        ExpressionAttributeValues: { ':version': summary.stateVersion },
      }),
    ),
  );
}

/** The summaries of a region's agencies for a year, as its page shows them: one query of the region's partition. */
export async function listBoardSummaries(regionId: string, year: number): Promise<TBoardSummary[]> {
  const items = await queryItems({
    partition: keys.regionPartition(regionId),
    beginsWith: keys.agencySummaryPrefix(year),
    attributes: boardAttributes,
  });
  // The region and the year are the query's: not read again from every item.
  return items.map((item) => readBoardSummary({ ...item, regionId, year }));
}
