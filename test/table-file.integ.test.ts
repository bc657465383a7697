import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DeleteTableCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, describe, expect, it } from 'vitest';
import { dynamodb, tableName } from '../functions/db/client.js';
import { createTableIfMissing } from '../functions/db/table.js';
import { readYearsStanding } from '../functions/db/year.js';
import { indexAgencyYears, scanItems, type TRawItem } from '../infra/scripts/table-items.js';
import { seedAgency } from '../shared/seed/organisation.js';
import { withSeededStore } from './support/seeded-store.js';

withSeededStore();

const folder = mkdtempSync(join(tmpdir(), 'capaian-table-file-'));
const restored = `${tableName}-restored`;
afterAll(async () => {
  rmSync(folder, { recursive: true, force: true });
  await dynamodb.send(new DeleteTableCommand({ TableName: restored })).catch(() => {});
});

/** Runs `npm run table:<direction>` as an operator would, against this file's DynamoDB Local. */
async function tableFile(
  direction: 'export' | 'import' | 'index',
  table: string,
  file = '',
): Promise<string> {
  const endpoint = process.env.DYNAMODB_ENDPOINT ?? '';
  const { stdout } = await promisify(execFile)(
    'npm',
    ['run', '--silent', `table:${direction}`, '--', '--endpoint', endpoint, '--table', table, '--file', file],
    { cwd: join(import.meta.dirname, '..') },
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

describe('table:index', () => {
  it("puts the agreement versions, quarters and parts stored without them into the agency's years", {
    timeout: 120_000,
  }, async () => {
    const year = async () => (await readYearsStanding(seedAgency.id, 2019, 2019)).get(2019);
    const before = await year();
    expect(before?.quarters).toHaveLength(4);
    // As stored before the index was kept: 2019's items without its keys.
    const stored = (await allItems(tableName)).filter(
      (item) => item.pk?.S === `AGENCY#${seedAgency.id}#YEAR#2019`,
    );
    const indexed = stored.filter((item) => item.gsi1pk);
    for (const { pk, sk } of indexed)
      await dynamodb.send(
        new UpdateItemCommand({
          TableName: tableName,
          Key: { pk, sk } as never,
          UpdateExpression: 'REMOVE gsi1pk, gsi1sk',
        }),
      );
    expect(await year()).toEqual({ quarters: [], parts: [], agreements: [] });

    expect(await indexAgencyYears(dynamodb, tableName)).toBe(indexed.length);
    expect(await year()).toEqual(before);
    expect(await indexAgencyYears(dynamodb, tableName)).toBe(0);
  });
});
