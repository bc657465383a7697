import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { utc } from '../../shared/model/outbox.js';
import { documents, tableName } from './client.js';
import { claimOrCurrent } from './conditional.js';
import { sentEntity } from './entities.js';
import { keys } from './keys.js';
import { writtenIf } from './written-if.js';

const keepDays = 400;

/** How a claim ended: ours to send, sent already, or being sent by a run whose lease holds. */
export type TSendClaim = 'claimed' | 'sent' | 'in-progress';

export type ClaimSendOptions = {
  /** The moment of the claim. */
  at: string;
  /** Until when it holds: a crash leaves it `sending`, and after this another run may send. */
  leaseUntil: string;
};

/**
 * Claims the right to send one email, once, for a lease (Powertools idempotency's in-progress
 * expiry, on our own marker): a conditional write of a marker keyed by what the email is about
 * (an event and a recipient, or a reminder's dedupe key). Claimable when there is none, when an
 * earlier attempt failed, or when the claim of a run that never finished has lapsed.
 */
export async function claimSend(key: string, options: ClaimSendOptions): Promise<TSendClaim> {
  const at = utc(options.at);
  const outcome = await claimOrCurrent((claimId) =>
    documents.send(
      new UpdateCommand({
        TableName: tableName,
        Key: keys.sent(key),
        UpdateExpression:
          'SET #type = :type, #key = :key, #status = :sending, #at = :at, leaseUntil = :lease, claimId = :claim, expiresAt = :expires REMOVE #error',
        // A `sending` marker without a lease was left by a run before leases: it lapsed long ago.
        ConditionExpression:
          'attribute_not_exists(pk) OR #status = :failed OR (#status = :sending AND (attribute_not_exists(leaseUntil) OR leaseUntil < :at))',
        ExpressionAttributeNames: {
          '#type': 'type',
          '#key': 'key',
          '#status': 'status',
          '#at': 'at',
          '#error': 'error',
        },
        ExpressionAttributeValues: {
          ':type': sentEntity.type,
          ':key': key,
          ':sending': 'sending',
          ':failed': 'failed',
          ':at': at,
          ':lease': utc(options.leaseUntil),
          ':claim': claimId,
          ':expires': Math.floor(Date.parse(at) / 1000) + keepDays * 86_400,
        },
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      }),
    ),
  );
  if (outcome.claimed) return 'claimed';
  return sentEntity.parse(outcome.current).status === 'sent' ? 'sent' : 'in-progress';
}

/**
 * Records how a claimed send ended: sent, or failed (released at once for the next attempt).
 * Only while the claim is still this run's: after a lapse another run owns the marker.
 */
export async function settleSend(
  key: string,
  leaseUntil: string,
  outcome: { status: 'sent' } | { status: 'failed'; error: string },
): Promise<void> {
  await writtenIf(
    documents.send(
      new UpdateCommand({
        TableName: tableName,
        Key: keys.sent(key),
        UpdateExpression:
          'SET #status = :status, #error = :error, attempts = if_not_exists(attempts, :zero) + :one REMOVE leaseUntil',
        ConditionExpression: '#status = :sending AND leaseUntil = :lease',
        ExpressionAttributeNames: { '#status': 'status', '#error': 'error' },
        ExpressionAttributeValues: {
          ':status': outcome.status,
          ':error': outcome.status === 'failed' ? outcome.error.slice(0, 1000) : null,
          ':zero': 0,
          ':one': 1,
          ':sending': 'sending',
          ':lease': utc(leaseUntil),
        },
      }),
    ),
  );
}
