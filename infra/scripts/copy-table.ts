/**
 * Copies every item of one DynamoDB table into another: the last step of a point-in-time
 * restore (docs/DEPLOY.md, "Backup and restore"), from the restored table back into the stack's.
 * Items with the same key are overwritten; items only in the target are left alone.
 *
 *   npx tsx infra/scripts/copy-table.ts --region ap-southeast-3 --from <restored> --to <TableName> [--dry-run]
 */

import { parseArgs } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient, paginateScan } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';

const { values } = parseArgs({
  options: {
    region: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
  },
});
const args = z
  .object({
    region: z.string().min(1),
    from: z.string().min(3),
    to: z.string().min(3),
    'dry-run': z.boolean(),
  })
  .refine((a) => a.from !== a.to, 'from and to must differ')
  .parse(values);

const documents = DynamoDBDocumentClient.from(new DynamoDBClient({ region: args.region }));
/** BatchWriteItem takes 25 items; unprocessed ones (throttling) are sent again after a pause. */
async function writeBatch(items: Record<string, unknown>[]): Promise<void> {
  let requests = items.map((Item) => ({ PutRequest: { Item } }));
  for (let attempt = 0; requests.length > 0; attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(2000, 100 * 2 ** attempt)));
    const result = await documents.send(new BatchWriteCommand({ RequestItems: { [args.to]: requests } }));
    requests = (result.UnprocessedItems?.[args.to] ?? []).flatMap((r) =>
      r.PutRequest?.Item ? [{ PutRequest: { Item: r.PutRequest.Item } }] : [],
    );
  }
}

let copied = 0;
for await (const page of paginateScan(
  { client: documents },
  { TableName: args.from, ConsistentRead: true },
)) {
  const items = page.Items ?? [];
  for (let i = 0; i < items.length; i += 25) {
    if (!args['dry-run']) await writeBatch(items.slice(i, i + 25));
    copied += Math.min(25, items.length - i);
  }
  console.log(`${args['dry-run'] ? 'would copy' : 'copied'} ${copied} items`);
}
