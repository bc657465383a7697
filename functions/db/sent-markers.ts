import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { documents, tableName } from './client.js';
import { writtenIf } from './conditional.js';
import { sentEntity } from './entities.js';
import { keys } from './keys.js';

const keepDays = 400;

/**
 * Claims the right to send one email, once: a conditional put of a marker keyed by what the email
 * is about (an event and a recipient, or a reminder's dedupe key). False when it was sent or is
 * being sent already; a marker left "failed" by an earlier attempt may be claimed again.
 */
export async function claimSend(key: string, at: string): Promise<boolean> {
  const marker = {
    key,
    status: 'sending' as const,
    at,
    expiresAt: Math.floor(Date.parse(at) / 1000) + keepDays * 86_400,
  };
  return writtenIf(
    documents.send(
      new PutCommand({
        TableName: tableName,
        Item: sentEntity.item(marker),
        ConditionExpression: 'attribute_not_exists(pk) OR #status = :failed',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':failed': 'failed' },
      }),
    ),
  );
}

/** Records how a claimed send ended: sent, or failed (to be tried again). */
export async function settleSend(
  key: string,
  outcome: { status: 'sent' } | { status: 'failed'; error: string },
): Promise<void> {
  await documents.send(
    new UpdateCommand({
      TableName: tableName,
      Key: keys.sent(key),
      UpdateExpression:
        'SET #status = :status, #error = :error, attempts = if_not_exists(attempts, :zero) + :one',
      ExpressionAttributeNames: { '#status': 'status', '#error': 'error' },
      ExpressionAttributeValues: {
        ':status': outcome.status,
        ':error': outcome.status === 'failed' ? outcome.error.slice(0, 1000) : null,
        ':zero': 0,
        ':one': 1,
      },
    }),
  );
}
