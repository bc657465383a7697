import { PutCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import {
  type TAgencySummary,
  ZAgencySummarySchema,
  ZSummaryBandSchema,
} from '../../shared/model/agency-summary.js';
import { documents, tableName } from './client.js';
import { agencySummaryEntity } from './entities.js';
import { keys } from './keys.js';
import { queryItems } from './query.js';
import { writtenIf } from './written-if.js';

/**
 * A summary as the item that stores it: its bands and quarters in one string. Checked here, where
 * every summary is made into an item, so that the region's page reads it back without checking it.
 */
export function agencySummaryItem(summary: TAgencySummary) {
  const { bands, quarters, ...scalars } = ZAgencySummarySchema.parse(summary);
  return agencySummaryEntity.item({ ...scalars, figures: JSON.stringify({ bands, quarters }) });
}

/**
 * A summary stored before its figures were one string (2026-12-02): its quarters a list, each
 * naming its bands. Read as the same summary until the outbox makes it again.
 */
const ZListedSummarySchema = z.object({
  quarters: z.array(z.object({ ikuBands: z.array(ZSummaryBandSchema) })),
});

function readListedSummary(item: Record<string, unknown>): TAgencySummary {
  const named = ZListedSummarySchema.parse(item).quarters.flatMap((quarter) => quarter.ikuBands);
  const bands = [...new Map(named.map((band) => [band.id, band])).values()];
  return ZAgencySummarySchema.parse({ ...item, bands });
}

/**
 * A stored summary read back. Its item was checked when it was made (agencySummaryItem) and only
 * the outbox and onboarding make one, so it is not checked again on every page: checking 41
 * summaries took a fifth of the region page's time in the server (issue 18).
 */
export function readAgencySummary(item: Record<string, unknown>): TAgencySummary {
  if (Array.isArray(item.quarters)) return readListedSummary(item);
  const { pk, sk, type, figures, ...scalars } = item;
  // Checked on write (above): the item's scalars and its figures' JSON are a summary's.
  return { ...scalars, ...JSON.parse(String(figures)) } as TAgencySummary;
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

/** The summaries of a region's agencies for a year: one query of the region's partition. */
export async function listAgencySummaries(regionId: string, year: number): Promise<TAgencySummary[]> {
  const items = await queryItems({
    partition: keys.regionPartition(regionId),
    beginsWith: keys.agencySummaryPrefix(year),
  });
  return items.map(readAgencySummary);
}
