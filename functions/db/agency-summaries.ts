import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { TAgencySummary } from '../../shared/model/agency-summary.js';
import { documents, tableName } from './client.js';
import { writtenIf } from './conditional.js';
import { agencySummaryEntity } from './entities.js';
import { keys } from './keys.js';
import { queryItems } from './query.js';

/**
 * Stores an agency's summary unless one made from a newer (or the same) state is there: a replayed
 * or overtaken outbox event never puts an older picture back. True when written.
 */
export async function putSummaryIfNewer(summary: TAgencySummary): Promise<boolean> {
  return writtenIf(
    documents.send(
      new PutCommand({
        TableName: tableName,
        Item: agencySummaryEntity.item(summary),
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
  return items.map(agencySummaryEntity.parse);
}
