import { randomUUID } from 'node:crypto';
import type { TAuditEvent } from '../shared/model/audit.js';
import type { TUser } from '../shared/model/organisation.js';

export type NewAuditEventOptions = Omit<TAuditEvent, 'id' | 'actorId' | 'actorName' | 'at' | 'changes'> & {
  user: TUser;
  at: string;
  changes?: TAuditEvent['changes'];
};

/** An audit event by `user` at `at`, with a fresh id. */
export function newAuditEvent({ user, changes = [], ...event }: NewAuditEventOptions): TAuditEvent {
  return { id: randomUUID(), actorId: user.id, actorName: user.name, changes, ...event };
}
