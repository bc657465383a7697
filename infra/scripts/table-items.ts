import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { type AttributeValue, BatchWriteItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import * as z from 'zod';
import { scanItems, type TRawItem } from '../../functions/db/table-scan.js';
import { missingAgencyYearsKeys } from '../../functions/migrations/agency-years-index.js';
import { missingTimelineKeys } from '../../functions/migrations/audit-timelines-index.js';

const batchSize = 25;

/** Puts items 25 at a time (same key: replaced), with the index keys they lack; what DynamoDB leaves unprocessed is sent again after a pause. */
export async function putItems(client: DynamoDBClient, table: string, items: TRawItem[]): Promise<void> {
  for (let start = 0; start < items.length; start += batchSize) {
    // An item of an older table or file comes in with the index keys it lacked.
    let requests = items.slice(start, start + batchSize).map((Item) => ({
      PutRequest: { Item: { ...Item, ...missingAgencyYearsKeys(Item), ...missingTimelineKeys(Item) } },
    }));
    for (let attempt = 0; requests.length > 0; attempt++) {
      if (attempt > 0)
        await new Promise((resolve) => setTimeout(resolve, Math.min(2000, 100 * 2 ** attempt)));
      const result = await client.send(new BatchWriteItemCommand({ RequestItems: { [table]: requests } }));
      requests = (result.UnprocessedItems?.[table] ?? []).flatMap((request) =>
        request.PutRequest?.Item ? [{ PutRequest: { Item: request.PutRequest.Item } }] : [],
      );
    }
  }
}

const ZBinarySchema = z.base64().transform((text) => new Uint8Array(Buffer.from(text, 'base64')));

/** One attribute value of DynamoDB JSON, binary as base64 as in DynamoDB's own exports. */
const ZAttributeValueSchema: z.ZodType<AttributeValue, unknown> = z.lazy(() =>
  z.union([
    z.strictObject({ S: z.string() }),
    z.strictObject({ N: z.string() }),
    z.strictObject({ B: ZBinarySchema }),
    z.strictObject({ BOOL: z.boolean() }),
    z.strictObject({ NULL: z.literal(true) }),
    z.strictObject({ SS: z.array(z.string()) }),
    z.strictObject({ NS: z.array(z.string()) }),
    z.strictObject({ BS: z.array(ZBinarySchema) }),
    z.strictObject({ L: z.array(ZAttributeValueSchema) }),
    z.strictObject({ M: z.record(z.string(), ZAttributeValueSchema) }),
  ]),
);
const ZItemLineSchema = z.strictObject({ Item: z.record(z.string(), ZAttributeValueSchema) });

/** An item as one line of DynamoDB's export format (DYNAMODB_JSON): `{"Item":{…}}`. */
export const itemLine = (item: TRawItem): string =>
  JSON.stringify({ Item: item }, (_, value) =>
    value instanceof Uint8Array ? Buffer.from(value).toString('base64') : value,
  );

/** Reads one line of DynamoDB's export format back; throws on anything else. */
export const parseItemLine = (line: string): TRawItem => ZItemLineSchema.parse(JSON.parse(line)).Item;

/** Writes every item of `table` to `file`, one line each; returns how many. */
export async function exportTable(client: DynamoDBClient, table: string, file: string): Promise<number> {
  const out = createWriteStream(file);
  let count = 0;
  for await (const items of scanItems(client, table)) {
    for (const item of items) {
      if (!out.write(`${itemLine(item)}\n`)) await once(out, 'drain');
      count++;
    }
  }
  out.end();
  await once(out, 'close');
  return count;
}

/** Puts every item of an export `file` into `table`; returns how many. Stops at the first bad line, naming it. */
export async function importTable(client: DynamoDBClient, table: string, file: string): Promise<number> {
  let batch: TRawItem[] = [];
  let count = 0;
  let lineNumber = 0;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    lineNumber++;
    if (line.trim() === '') continue;
    try {
      batch.push(parseItemLine(line));
    } catch (error) {
      throw new Error(`${file}:${lineNumber} is not an item of a DynamoDB export`, { cause: error });
    }
    if (batch.length === 500) {
      await putItems(client, table, batch);
      count += batch.length;
      batch = [];
    }
  }
  await putItems(client, table, batch);
  return count + batch.length;
}
