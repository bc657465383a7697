import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, describe, expect, it } from 'vitest';
import { dynamodb, tableName } from '../functions/db/client.js';
import { createTableIfMissing } from '../functions/db/table.js';
import { scanItems, type TRawItem } from '../functions/db/table-scan.js';
import { withSeededStore } from './support/seeded-store.js';

withSeededStore();

const folder = mkdtempSync(join(tmpdir(), 'capaian-table-file-'));
const restored = `${tableName}-restored`;
afterAll(async () => {
  rmSync(folder, { recursive: true, force: true });
  await dynamodb.send(new DeleteTableCommand({ TableName: restored })).catch(() => {});
});

/**
 * Runs `npm run table:<direction>` as an operator would, from a shell that holds none of the app's
 * settings (no TABLE_NAME, no buckets), against this file's DynamoDB Local.
 */
async function tableFile(
  direction: 'export' | 'import' | 'migrate',
  table: string,
  file?: string,
): Promise<string> {
  const endpoint = process.env.DYNAMODB_ENDPOINT ?? '';
  const { stdout } = await promisify(execFile)(
    'npm',
    [
      ...['run', '--silent', `table:${direction}`, '--', '--endpoint', endpoint, '--table', table],
      ...(file ? ['--file', file] : []),
    ],
    {
      cwd: join(import.meta.dirname, '..'),
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      },
    },
  );
  return stdout;
}

async function allItems(table: string): Promise<TRawItem[]> {
  const items: TRawItem[] = [];
  for await (const page of scanItems(dynamodb, table)) items.push(...page);
  const key = (item: TRawItem) => `${item.pk?.S}|${item.sk?.S}`;
  return items.sort((a, b) => key(a).localeCompare(key(b)));
}

describe('npm run table:export / table:import', () => {
  it('round-trips the seeded agency into a new table, item for item', { timeout: 120_000 }, async () => {
    const file = join(folder, 'capaian-table.jsonl');
    const exported = await tableFile('export', tableName, file);
    const seeded = await allItems(tableName);
    expect(seeded.length).toBeGreaterThan(50);
    expect(exported).toContain(`exported ${seeded.length} items of ${tableName}`);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(seeded.length);
    expect(lines[0]).toMatch(/^\{"Item":\{/);

    // As after a restore: an empty table of the same design, filled from the file.
    await createTableIfMissing(restored);
    expect(await tableFile('import', restored, file)).toContain(`imported ${seeded.length} items`);
    expect(await allItems(restored)).toEqual(seeded);
  });
});

describe('npm run table:migrate', () => {
  it('runs the migrations the table has not had, as a deploy does, and then none', {
    timeout: 120_000,
  }, async () => {
    // Seeded as the code now writes, without a schema version: nothing to change, the version recorded.
    expect(await tableFile('migrate', tableName)).toContain(
      `${tableName}: schema version 0 → 3, agency-years-index: 0 items changed, region-events-scope: 0 items changed, audit-timelines-index: 0 items changed`,
    );
    expect(await tableFile('migrate', tableName)).toContain(`${tableName}: schema version 3 → 3\n`);
  });
});
