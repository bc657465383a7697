import { boundedChanges } from '../shared/audit/bounded-changes.js';
import { localYear } from '../shared/calendar/due-date.js';
import type { TActingCapacity } from '../shared/model/acting.js';
import type { TAuditEvent } from '../shared/model/audit.js';
import type { TAgency, TRegion, TUser } from '../shared/model/organisation.js';
import type { TOutboxEvent } from '../shared/model/outbox.js';
import { systemClock, type TClock } from './clock.js';
import { commitChange, type TChange } from './db/commit.js';
import { conflictToAppError } from './workflow-guards.js';

export type BeginChangeOptions = {
  /** Who makes the change: a user, or an operator's command (`npm run outbox:redrive`). */
  user: Pick<TUser, 'id' | 'name'>;
  clock?: TClock;
  /** The user acts as an acting official (Plt./Plh.): every audit event of the change says so. */
  acting?: TActingCapacity;
} & (
  | { agencyId: string; year: number }
  /** A change of the agency itself (settings, users): its trail is kept in the agency's year at the moment. */
  | { agency: TAgency }
  /** A step of the region's own (its files asked for in English): its trail is the region's year. */
  | { regionId: string; year: number }
  /** A change of the region's own people (their sign-in, their choices): its trail is the region's year at the moment. */
  | { region: TRegion }
);

type TAuditEntry = Pick<
  TAuditEvent,
  'subject' | 'action' | 'fromState' | 'toState' | 'reason' | 'acting' | 'confirmedFigures'
> & {
  changes?: TAuditEvent['changes'];
};

/**
 * One change by a user at one moment: its next revisions, its audit events and its outbox events
 * all carry that moment, and it commits as one transaction whose lost races answer 409 (or 423
 * when the quarter was signed off meanwhile).
 */
export function beginChange(options: BeginChangeOptions) {
  const { user, clock = systemClock } = options;
  const at = clock.now();
  const year =
    'agency' in options
      ? localYear(new Date(at), options.agency.timeZone)
      : 'region' in options
        ? localYear(new Date(at), options.region.timeZone)
        : options.year;
  // Whose record the change goes on, and whose its outbox events are.
  const scope =
    'region' in options
      ? { scope: 'region' as const, regionId: options.region.id }
      : 'regionId' in options
        ? { scope: 'region' as const, regionId: options.regionId }
        : { agencyId: 'agency' in options ? options.agency.id : options.agencyId };
  return {
    at,
    newId: clock.newId,
    /** The tracking fields of a subject's next version. */
    nextRevision: (current: { revision: number }) => ({
      revision: current.revision + 1,
      updatedAt: at,
      updatedBy: user.id,
    }),
    /** The audit event of this change: by the user, now, with a fresh id; its changes as many as fit. */
    audit: ({ changes = [], ...entry }: TAuditEntry): TAuditEvent => ({
      id: clock.newId(),
      ...scope,
      year,
      actorId: user.id,
      actorName: user.name,
      at,
      acting: options.acting,
      ...boundedChanges(changes),
      ...entry,
    }),
    /** An event for what must follow once the change is committed (emails, report files). */
    outbox: (kind: string, payload: TOutboxEvent['payload']): TOutboxEvent => ({
      id: clock.newId(),
      kind,
      ...scope,
      year,
      createdAt: at,
      payload,
    }),
    /** Commits the states, audit and outbox events as one transaction; a lost race is a 409 or 423. */
    commit: (change: TChange): Promise<void> => commitChange(change).catch(conflictToAppError),
  };
}
