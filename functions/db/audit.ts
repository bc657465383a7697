import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { type TAuditEvent, type TAuditSubject, ZAuditEventSchema } from '../../shared/model/audit.js';
import { documents, tableName } from './client.js';
import { keys } from './keys.js';

/** A subject's audit timeline, oldest first; a quarter's includes its parts' events. */
export async function listAuditEvents(
  agencyId: string,
  year: number,
  subject: TAuditSubject,
): Promise<TAuditEvent[]> {
  const events: TAuditEvent[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await documents.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: {
          ':pk': keys.auditPartition(agencyId, year),
          ':prefix': `${keys.auditSubject(subject)}#`,
        },
        ExclusiveStartKey,
      }),
    );
    events.push(...(page.Items ?? []).map((item) => ZAuditEventSchema.parse(item)));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return events.sort((a, b) => a.at.localeCompare(b.at));
}
