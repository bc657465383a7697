import { type AttributeValue, type DynamoDBClient, paginateScan } from '@aws-sdk/client-dynamodb';

/** An item as DynamoDB stores it (typed attribute values), so nothing is lost in a round trip. */
export type TRawItem = Record<string, AttributeValue>;

/**
 * Every item of `table`, a page at a time, read consistently: for the table scripts and the
 * migrations, which bring their own client. No request of the app scans.
 */
export async function* scanItems(client: DynamoDBClient, table: string): AsyncGenerator<TRawItem[]> {
  for await (const page of paginateScan({ client }, { TableName: table, ConsistentRead: true })) {
    yield page.Items ?? [];
  }
}
