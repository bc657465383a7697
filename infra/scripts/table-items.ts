import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import {
  type AttributeValue,
  BatchWriteItemCommand,
  type DynamoDBClient,
  paginateScan,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import * as z from 'zod';
import { writtenIf } from '../../functions/db/conditional.js';
import { keys } from '../../functions/db/keys.js';

/** An item as DynamoDB stores it (typed attribute values), so nothing is lost in a round trip. */
export type TRawItem = Record<string, AttributeValue>;

/** Every item of `table`, a page at a time, read consistently. */
export async function* scanItems(client: DynamoDBClient, table: string): AsyncGenerator<TRawItem[]> {
  for await (const page of paginateScan({ client }, { TableName: table, ConsistentRead: true })) {
    yield page.Items ?? [];
  }
}

const batchSize = 25;

const yearPartition = /^AGENCY#(.+)#YEAR#(\d+)$/;
const inAgencyYearsTypes = new Set(['agreement', 'quarter', 'part']);

/**
 * The agency's-years index keys (gsi1) an agreement version, quarter or part stored before
 * 2026-12-02 lacks, from its own key (functions/db/keys.ts, `inAgencyYears`); none for any other item.
 */
export function missingAgencyYearsKeys(item: TRawItem): TRawItem | undefined {
  const [, agencyId, year] = yearPartition.exec(item.pk?.S ?? '') ?? [];
  const sk = item.sk?.S;
  if (!agencyId || !year || !sk || item.gsi1pk || !inAgencyYearsTypes.has(item.type?.S ?? ''))
    return undefined;
  const index = keys.inAgencyYears({ pk: '', sk }, agencyId, Number(year));
  return { gsi1pk: { S: index.gsi1pk }, gsi1sk: { S: index.gsi1sk } };
}

/** Puts items 25 at a time (same key: replaced), with the index keys they lack; what DynamoDB leaves unprocessed is sent again after a pause. */
export async function putItems(client: DynamoDBClient, table: string, items: TRawItem[]): Promise<void> {
  for (let start = 0; start < items.length; start += batchSize) {
    // An item of an older table or file comes in with the index keys it lacked.
    let requests = items
      .slice(start, start + batchSize)
      .map((Item) => ({ PutRequest: { Item: { ...Item, ...missingAgencyYearsKeys(Item) } } }));
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

/**
 * Puts the agreement versions, quarters and parts stored before 2026-12-02 into the agency's years
 * (gsi1), which the tasks and the trends read: each item lacking the index keys gets them and
 * nothing else of it changes, so the app may run meanwhile. Safe to run again. Returns how many.
 */
export async function indexAgencyYears(client: DynamoDBClient, table: string): Promise<number> {
  let indexed = 0;
  for await (const items of scanItems(client, table)) {
    for (const item of items) {
      const missing = missingAgencyYearsKeys(item);
      if (!missing || !item.pk || !item.sk) continue;
      // Only while the item is there and still lacks them: a write meanwhile put its own.
      const written = await writtenIf(
        client.send(
          new UpdateItemCommand({
            TableName: table,
            Key: { pk: item.pk, sk: item.sk },
            UpdateExpression: 'SET gsi1pk = :pk, gsi1sk = :sk',
            ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(gsi1pk)',
            ExpressionAttributeValues: {
              ':pk': missing.gsi1pk as AttributeValue,
              ':sk': missing.gsi1sk as AttributeValue,
            },
          }),
        ),
      );
      if (written) indexed++;
    }
  }
  return indexed;
}
