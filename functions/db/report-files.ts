import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { type TReportFileRecord, ZReportFileRecordSchema } from '../../shared/model/report-file.js';
import { documents, tableName } from './client.js';
import { keys } from './keys.js';
import { queryItems } from './query.js';

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
  const items = await queryItems({
    partition: keys.reportPartition(agencyId, year),
    beginsWith: quarter === undefined ? undefined : `${quarter}#`,
  });
  return items.map((item) => ZReportFileRecordSchema.parse(item));
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
