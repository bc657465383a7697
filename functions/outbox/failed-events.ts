import type { TActor } from '../../shared/access/policy.js';
import { AppError } from '../../shared/app-error.js';
import { t } from '../../shared/i18n.js';
import { outboxApiMessages } from '../../shared/messages/outbox.js';
import type { TUser } from '../../shared/model/organisation.js';
import {
  failedEventView,
  outboxScope,
  outboxState,
  type TFailedOutboxEvent,
  type TOutboxRecord,
  type TOutboxScope,
} from '../../shared/model/outbox.js';
import type { TPageKey } from '../../shared/paging.js';
import { loadAgency } from '../agency/load-agency.js';
import { authorize } from '../auth/authorize.js';
import { beginChange } from '../change.js';
import type { TClock } from '../clock.js';
import { getOutboxRecord, listFailedOutboxPage, requeueFailedOutboxEvent } from '../db/outbox.js';

/**
 * Whether the user may do `action` to the events of the scope: an agency's by its own people (as
 * its data), a region's by the region's (its dashboard's readers; a region-wide step concerns no
 * one agency).
 */
async function authorizeScope(user: TActor, scope: TOutboxScope, action: 'read' | 'retry') {
  if (scope.scope === 'agency')
    await loadAgency(user, scope.agencyId, action === 'read' ? 'agency.read' : 'outbox.retry');
  else
    authorize(user, action === 'read' ? 'region.read' : 'outbox.retry', {
      regionId: scope.regionId,
      agencyId: '',
    });
}

/**
 * How many failed events a page holds: each is at most ~1,2 KB as listed (its last error is cut
 * at 1.000 characters), so a page stays near 60 KB and a phone lays it out at once, however many
 * a long SES outage left behind (docs/ARCHITECTURE.md, "Lists that grow").
 */
const failedEventsPageSize = 50;

/**
 * A page of the events of an agency or a region given up on after their last attempt, the latest
 * failure first, for every reader of it: an agency's list holds none of its region's. `after`: the
 * cursor of the page before.
 */
export async function listFailedEvents(options: {
  user: TActor;
  scope: TOutboxScope;
  after?: TPageKey;
}): Promise<{ events: TFailedOutboxEvent[]; nextCursor?: string }> {
  await authorizeScope(options.user, options.scope, 'read');
  const page = await listFailedOutboxPage(options.scope, {
    limit: failedEventsPageSize,
    after: options.after,
  });
  return { events: page.items.map(failedEventView), nextCursor: page.nextCursor };
}

export type RetryFailedEventOptions = {
  user: TActor;
  scope: TOutboxScope;
  eventId: string;
  /** Why it is tried again (the cause mended, say): on the record. */
  reason: string;
  clock?: TClock;
};

const sameScope = (a: TOutboxScope, b: TOutboxScope) =>
  a.scope === 'region'
    ? b.scope === 'region' && a.regionId === b.regionId
    : b.scope === 'agency' && a.agencyId === b.agencyId;

/**
 * The planner or the administrator (of a region's event, the Bappeda) puts a failed event back
 * in line, due now, with a fresh set of attempts; on the record of the event's agency or region
 * in its year (who, when, which event, why). The handlers' own markers make sure nothing already
 * done (an email sent, a file stored) is done twice.
 */
export async function retryFailedEvent(
  options: RetryFailedEventOptions,
): Promise<{ id: string; dueAt: string }> {
  const { user, scope, eventId, reason } = options;
  await authorizeScope(user, scope, 'retry');
  const record = await getOutboxRecord(eventId);
  if (!record || !sameScope(outboxScope(record), scope))
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
 * Puts a failed event back in line, due now, with a fresh set of attempts; on the record of the
 * event's agency or region in its year (who, when, which event, why). Refused with a 409 when it
 * is no longer failed.
 */
export async function putBackInLine(options: PutBackInLineOptions): Promise<{ id: string; dueAt: string }> {
  const { record, actor, reason } = options;
  const change = beginChange({
    user: actor,
    clock: options.clock,
    ...(record.scope === 'region' ? { regionId: record.regionId } : { agencyId: record.agencyId }),
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
