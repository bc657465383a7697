import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { type TReportFileRecord, ZReportFileRecordSchema } from '../../shared/model/report-file.js';
import { documents, tableName } from './client.js';
import { keys } from './keys.js';

/** Records a generated file once: a retried event finds it recorded and leaves it. */
export async function recordReportFile(file: TReportFileRecord): Promise<'recorded' | 'exists'> {
  try {
    await documents.send(
      new PutCommand({
        TableName: tableName,
        Item: { ...keys.reportFile(file), type: 'reportFile', ...file },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return 'recorded';
  } catch (error) {
    if (error instanceof Error && error.name === 'ConditionalCheckFailedException') return 'exists';
    throw error;
  }
}

/** The report files of an agency's year, every version; of one quarter (0: the year's own) when given. */
export async function listReportFiles(
  agencyId: string,
  year: number,
  quarter?: number,
): Promise<TReportFileRecord[]> {
  const files: TReportFileRecord[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await documents.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: quarter === undefined ? 'pk = :pk' : 'pk = :pk AND begins_with(sk, :quarter)',
        ExpressionAttributeValues: {
          ':pk': keys.reportPartition(agencyId, year),
          ...(quarter !== undefined && { ':quarter': `${quarter}#` }),
        },
        ExclusiveStartKey,
      }),
    );
    files.push(...(page.Items ?? []).map((item) => ZReportFileRecordSchema.parse(item)));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return files;
}

/** One report file by its sort key within the agency's year. */
export async function getReportFile(
  agencyId: string,
  year: number,
  sk: string,
): Promise<TReportFileRecord | undefined> {
  const { Item } = await documents.send(
    new GetCommand({ TableName: tableName, Key: { pk: keys.reportPartition(agencyId, year), sk } }),
  );
  return Item ? ZReportFileRecordSchema.parse(Item) : undefined;
}
