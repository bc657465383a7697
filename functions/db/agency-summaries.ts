import { PutCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import {
  type TAgencySummary,
  ZAgencySummarySchema,
  ZSummaryBandSchema,
} from '../../shared/model/agency-summary.js';
import { documents, tableName } from './client.js';
import { writtenIf } from './conditional.js';
import { agencySummaryEntity } from './entities.js';
import { keys } from './keys.js';
import { queryItems } from './query.js';

/** A summary as the item that stores it: its bands and quarters in one string. */
export function agencySummaryItem(summary: TAgencySummary) {
  const { bands, quarters, ...scalars } = summary;
  return agencySummaryEntity.item({ ...scalars, figures: JSON.stringify({ bands, quarters }) });
}

/**
 * A summary stored before its figures were one string (2026-12-02): its quarters a list, each
 * naming its bands. Read as the same summary until the outbox makes it again.
 */
const ZListedSummarySchema = z.object({
  quarters: z.array(z.object({ ikuBands: z.array(ZSummaryBandSchema) })),
});

function upgraded(item: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(item.quarters)) return item;
  const named = ZListedSummarySchema.parse(item).quarters.flatMap((quarter) => quarter.ikuBands);
  const bands = [...new Map(named.map((band) => [band.id, band])).values()];
  return { ...item, figures: JSON.stringify({ bands, quarters: item.quarters }) };
}

/** A stored summary read back. */
export function readAgencySummary(item: Record<string, unknown>): TAgencySummary {
  const { figures, ...scalars } = agencySummaryEntity.parse(upgraded(item));
  return ZAgencySummarySchema.parse({ ...scalars, ...JSON.parse(figures) });
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
