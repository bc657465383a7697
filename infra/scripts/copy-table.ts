/**
 * Copies every item of one DynamoDB table into another: the last step of a point-in-time or AWS
 * Backup restore (docs/DEPLOY.md, "Backup and restore"), from the restored table back into the
 * stack's. Items with the same key are overwritten; items only in the target are left alone.
 *
 *   npx tsx infra/scripts/copy-table.ts --region ap-southeast-3 --from <restored> --to <TableName> [--dry-run]
 */

import { parseArgs } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import * as z from 'zod';
import { scanItems } from '../../functions/db/table-scan.js';
import { putItems } from './table-items.js';

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

const client = new DynamoDBClient({ region: args.region });
let copied = 0;
for await (const items of scanItems(client, args.from)) {
  if (!args['dry-run']) await putItems(client, args.to, items);
  copied += items.length;
  console.log(`${args['dry-run'] ? 'would copy' : 'copied'} ${copied} items`);
}
