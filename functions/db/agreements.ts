import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { type TAgreementRecord, ZAgreementRecordSchema } from '../../shared/model/records.js';
import { documents, tableName } from './client.js';
import { keys } from './keys.js';

/** Every version of an agency's agreement for a year, oldest first. */
export async function listAgreements(agencyId: string, year: number): Promise<TAgreementRecord[]> {
  const result = await documents.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': keys.yearPartition(agencyId, year), ':prefix': 'AGREEMENT#' },
    }),
  );
  return (result.Items ?? []).map((item) => ZAgreementRecordSchema.parse(item));
}
