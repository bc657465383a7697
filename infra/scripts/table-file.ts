/**
 * Exports a Capaian table to a file, or imports such a file into a table: a logical backup that
 * can be read, kept anywhere, and tried on the local stack (docs/DEPLOY.md, "Backup and restore").
 * The file is DynamoDB's own export format (one `{"Item":…}` per line), so DynamoDB's import from
 * S3 reads it too. Importing replaces items with the same key and leaves the others.
 *
 *   npm run table:export -- [--file capaian-table.jsonl] [--data-dir .data]       the running `npm start`
 *   npm run table:import -- --file capaian-table.jsonl [--data-dir .data]
 *   npm run table:export -- --table <TableName> --region ap-southeast-3 [--file …]  a table on AWS
 *   (--endpoint <url> with --table: any DynamoDB Local)
 *   npm run table:migrate -- [--table <TableName> --region …]  runs the migrations the table has
 *   not had (functions/migrations): what every deploy and `npm start` do themselves; safe to run again
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import * as z from 'zod';
import { readRunningEnvironment } from '../../functions/local/running-environment.js';
import { runMigrations } from '../../functions/migrations/run-migrations.js';
import { exportTable, importTable } from './table-items.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    file: { type: 'string', default: 'capaian-table.jsonl' },
    table: { type: 'string' },
    region: { type: 'string' },
    endpoint: { type: 'string' },
    'data-dir': { type: 'string', default: process.env.CAPAIAN_DATA_DIR ?? '.data' },
  },
});
const args = z
  .object({
    direction: z.enum(['export', 'import', 'migrate']),
    file: z.string().min(1),
    table: z.string().min(3).optional(),
    region: z.string().min(1).optional(),
    endpoint: z.url().optional(),
    dataDir: z.string().min(1),
  })
  .parse({ ...values, direction: positionals[0], dataDir: values['data-dir'] });

/** The table named on the command line, or the one of the `npm start` running on the data folder. */
function target(): { client: DynamoDBClient; table: string } {
  if (args.table) {
    const local = args.endpoint && {
      endpoint: args.endpoint,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    };
    return {
      client: new DynamoDBClient({ region: args.region ?? 'ap-southeast-3', ...local }),
      table: args.table,
    };
  }
  const running = readRunningEnvironment(resolve(args.dataDir));
  if (!running?.DYNAMODB_ENDPOINT || !running.TABLE_NAME) {
    console.error(
      `Capaian is not running on ${resolve(args.dataDir)}: start it with \`npm start\`, or name a --table.`,
    );
    process.exit(1);
  }
  return {
    client: new DynamoDBClient({
      region: running.AWS_REGION ?? 'ap-southeast-3',
      endpoint: running.DYNAMODB_ENDPOINT,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    }),
    table: running.TABLE_NAME,
  };
}

const { client, table } = target();
const file = resolve(args.file);
if (args.direction === 'export') {
  console.log(`exported ${await exportTable(client, table, file)} items of ${table} to ${file}`);
} else if (args.direction === 'migrate') {
  const { from, to, ran } = await runMigrations(client, table);
  const changes = ran.map(({ name, changed }) => `, ${name}: ${changed} items changed`).join('');
  console.log(`${table}: schema version ${from} → ${to}${changes}`);
} else {
  console.log(`imported ${await importTable(client, table, file)} items from ${file} into ${table}`);
}
