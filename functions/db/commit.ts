import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { AppError } from '../../shared/app-error.js';
import { t } from '../../shared/i18n.js';
import { apiMessages } from '../../shared/messages/api.js';
import type { TAuditEvent } from '../../shared/model/audit.js';
import type { TOutboxEvent } from '../../shared/model/outbox.js';
import { documents, tableName } from './client.js';
import { auditEntity, outboxEntity } from './entities.js';

type TItem = Record<string, unknown> & { pk: string; sk: string };

/**
 * A new version of a tracked item, written only if the stored one still has `expectedRevision`
 * ('new': only if there is none; 'any': unconditionally, for records without revisions).
 */
export type TItemWrite = { item: TItem; expectedRevision: number | 'new' | 'any' };

/** A condition on another item that must hold for the change to commit (e.g. quarter not locked). */
export type TItemCondition = {
  key: { pk: string; sk: string };
  expression: string;
  names?: Record<string, string>;
  values: Record<string, unknown>;
};

/**
 * Some attributes of an item set, the others left as they are (an undefined value removes its
 * attribute); the item's revision counts up. Applied only while `condition` holds.
 */
export type TItemUpdate = {
  key: { pk: string; sk: string };
  set: Record<string, unknown>;
  condition: Omit<TItemCondition, 'key'>;
};

/**
 * An item deleted, as its aggregate's module builds it (`evidenceDeletion`): only the functions
 * that delete something bundle a `Delete` part, and each function's role holds the actions its
 * own code calls (infra/least-privilege.integ.test.ts), so the others are not granted DeleteItem.
 */
export type TItemDelete = Pick<NonNullable<TransactWriteCommandInput['TransactItems']>[number], 'Delete'>;

export type TChange = {
  writes: TItemWrite[];
  updates?: TItemUpdate[];
  deletes?: TItemDelete[];
  conditions?: TItemCondition[];
  audit: TAuditEvent[];
  outbox?: TOutboxEvent[];
};

function writeCondition(expectedRevision: TItemWrite['expectedRevision']) {
  if (expectedRevision === 'any') return {};
  if (expectedRevision === 'new') return { ConditionExpression: 'attribute_not_exists(pk)' };
  return {
    ConditionExpression: 'revision = :seen',
    ExpressionAttributeValues: { ':seen': expectedRevision },
  };
}

/** An update as a transaction item: `#u<n>` / `:u<n>` name the set attributes beside the condition's own. */
function updateItem({ key, set, condition }: TItemUpdate) {
  const names: Record<string, string> = { '#rev': 'revision' };
  const values: Record<string, unknown> = { ':zero': 0, ':one': 1 };
  const assignments = ['#rev = if_not_exists(#rev, :zero) + :one'];
  const removals: string[] = [];
  for (const [index, [attribute, value]] of Object.entries(set).entries()) {
    names[`#u${index}`] = attribute;
    if (value === undefined) removals.push(`#u${index}`);
    else {
      values[`:u${index}`] = value;
      assignments.push(`#u${index} = :u${index}`);
    }
  }
  return {
    Update: {
      TableName: tableName,
      Key: key,
      UpdateExpression: `SET ${assignments.join(', ')}${removals.length ? ` REMOVE ${removals.join(', ')}` : ''}`,
      ConditionExpression: condition.expression,
      ExpressionAttributeNames: { ...names, ...condition.names },
      ExpressionAttributeValues: { ...values, ...condition.values },
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
    },
  };
}

/** Thrown when a write's revision or a condition no longer holds; carries the item as it is now. */
export class ChangeConflictError extends Error {
  constructor(
    readonly index: number,
    readonly current: Record<string, unknown> | undefined,
  ) {
    super(`change conflicts at operation ${index}`);
  }
}

/**
 * DynamoDB's refusal of an item over 400 KB: the rules bound what people enter well below it
 * (stored-size.ts), so this is a last guard, the client's fault (413), never a 500.
 */
const isItemTooLarge = (error: unknown) =>
  error instanceof Error &&
  error.name === 'ValidationException' &&
  /item size has exceeded/i.test(error.message);

/**
 * Commits a change as one DynamoDB transaction: the new states (each conditioned on the revision
 * the user saw), the updates of some attributes, the items deleted, the immutable audit events and
 * the outbox events. All or nothing.
 */
export async function commitChange(change: TChange): Promise<void> {
  const transactItems = [
    ...change.writes.map(({ item, expectedRevision }) => ({
      Put: {
        TableName: tableName,
        Item: item,
        ...writeCondition(expectedRevision),
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
      },
    })),
    ...(change.updates ?? []).map(updateItem),
    ...(change.deletes ?? []),
    ...(change.conditions ?? []).map(({ key, expression, names, values }) => ({
      ConditionCheck: {
        TableName: tableName,
        Key: key,
        ConditionExpression: expression,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
      },
    })),
    ...change.audit.map((event) => ({
      Put: {
        TableName: tableName,
        Item: auditEntity.item(event),
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    })),
    ...(change.outbox ?? []).map((event) => ({
      Put: {
        TableName: tableName,
        Item: outboxEntity.item(event),
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    })),
  ];
  try {
    await documents.send(new TransactWriteCommand({ TransactItems: transactItems }));
  } catch (error) {
    if (isItemTooLarge(error)) {
      throw new AppError('TOO_LARGE', t(apiMessages).itemTooLarge, { cause: error });
    }
    if (!(error instanceof TransactionCanceledException)) throw error;
    const reasons = error.CancellationReasons ?? [];
    const index = reasons.findIndex((reason) => reason.Code === 'ConditionalCheckFailed');
    if (index < 0) throw error;
    const current = reasons[index]?.Item;
    throw new ChangeConflictError(index, current && unmarshall(current));
  }
}
