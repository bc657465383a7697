import { type DynamoDBClient, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { scanItems, type TRawItem } from '../db/table-scan.js';
import { writtenIf } from '../db/written-if.js';

/**
 * Gives every item of the table the gsi1 keys `missing` says it lacks, and nothing else of it
 * changes, only while it is there and still lacks them (a write meanwhile put its own), so the app
 * may run meanwhile and a second run changes nothing. Returns how many items it changed.
 */
export async function addIndexKeys(
  client: DynamoDBClient,
  table: string,
  missing: (item: TRawItem) => TRawItem | undefined,
): Promise<number> {
  let indexed = 0;
  for await (const items of scanItems(client, table)) {
    for (const item of items) {
      const keys = missing(item);
      if (!keys?.gsi1pk || !keys.gsi1sk || !item.pk || !item.sk) continue;
      const written = await writtenIf(
        client.send(
          new UpdateItemCommand({
            TableName: table,
            Key: { pk: item.pk, sk: item.sk },
            UpdateExpression: 'SET gsi1pk = :pk, gsi1sk = :sk',
            ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(gsi1pk)',
            ExpressionAttributeValues: { ':pk': keys.gsi1pk, ':sk': keys.gsi1sk },
          }),
        ),
      );
      if (written) indexed++;
    }
  }
  return indexed;
}
