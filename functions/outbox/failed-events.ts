import type { TActor } from '../../shared/access/policy.js';
import { AppError } from '../../shared/app-error.js';
import { t } from '../../shared/i18n.js';
import { outboxApiMessages } from '../../shared/messages/outbox.js';
import type { TUser } from '../../shared/model/organisation.js';
import {
  failedEventView,
  outboxState,
  type TFailedOutboxEvent,
  type TOutboxRecord,
} from '../../shared/model/outbox.js';
import { loadAgency } from '../agency/load-agency.js';
import { beginChange } from '../change.js';
import type { TClock } from '../clock.js';
import { getOutboxRecord, listFailedOutboxEvents, requeueFailedOutboxEvent } from '../db/outbox.js';

/** The agency's events given up on after their last attempt, oldest failure first, for every reader. */
export async function listFailedEvents(options: {
  user: TActor;
  agencyId: string;
}): Promise<TFailedOutboxEvent[]> {
  await loadAgency(options.user, options.agencyId, 'agency.read');
  return (await listFailedOutboxEvents(options.agencyId)).map(failedEventView);
}

export type RetryFailedEventOptions = {
  user: TActor;
  agencyId: string;
  eventId: string;
  /** Why it is tried again (the cause mended, say): on the record. */
  reason: string;
  clock?: TClock;
};

/**
 * The planner or the administrator puts a failed event back in line, due now, with a fresh set
 * of attempts; on the record in the event's year (who, when, which event, why). The handlers'
 * own markers make sure nothing already done (an email sent, a file stored) is done twice.
 */
export async function retryFailedEvent(
  options: RetryFailedEventOptions,
): Promise<{ id: string; dueAt: string }> {
  const { user, agencyId, eventId, reason } = options;
  await loadAgency(user, agencyId, 'outbox.retry');
  const record = await getOutboxRecord(eventId);
  if (record?.agencyId !== agencyId)
    throw new AppError('NOT_FOUND', t(outboxApiMessages).eventNotFound(eventId));
  if (outboxState(record) !== 'failed')
    throw new AppError('CONFLICT', t(outboxApiMessages).notFailed, {
      details: { current: failedEventView(record) },
    });
  return putBackInLine({ record, actor: user, reason, clock: options.clock });
}

export type PutBackInLineOptions = {
  record: TOutboxRecord;
  /** A person, or the operator running the redrive command. */
  actor: Pick<TUser, 'id' | 'name'>;
  reason: string;
  clock?: TClock;
};

/**
 * Puts a failed event back in line, due now, with a fresh set of attempts; on the record in the
 * event's year (who, when, which event, why). Refused with a 409 when it is no longer failed.
 */
export async function putBackInLine(options: PutBackInLineOptions): Promise<{ id: string; dueAt: string }> {
  const { record, actor, reason } = options;
  const change = beginChange({
    user: actor,
    clock: options.clock,
    agencyId: record.agencyId,
    year: record.year,
  });
  const audit = change.audit({
    subject: { kind: 'outbox', eventId: record.id },
    action: 'retryOutboxEvent',
    fromState: 'failed',
    toState: 'pending',
    reason,
  });
  await change.commit({ writes: [], updates: [requeueFailedOutboxEvent(record, change.at)], audit: [audit] });
  return { id: record.id, dueAt: change.at };
}
