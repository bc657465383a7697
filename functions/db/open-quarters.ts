import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { type TQuarterRecord, ZQuarterRecordSchema } from '../../shared/model/records.js';
import { documents, tableName } from './client.js';
import { keys } from './keys.js';

/** Every open quarter of every agency due before `until` (overdue ones included), by due moment. */
export async function listOpenQuartersDueBefore(until: string): Promise<TQuarterRecord[]> {
  const quarters: TQuarterRecord[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await documents.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: 'gsi2',
        KeyConditionExpression: 'gsi2pk = :open AND gsi2sk < :until',
        ExpressionAttributeValues: { ':open': keys.openQuarters, ':until': new Date(until).toISOString() },
        ExclusiveStartKey,
      }),
    );
    quarters.push(...(page.Items ?? []).map((item) => ZQuarterRecordSchema.parse(item)));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return quarters;
}
