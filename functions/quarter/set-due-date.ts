import type { TUser } from '../../shared/model/organisation.js';
import type { TQuarter } from '../../shared/model/quarter.js';
import type { TQuarterRecord } from '../../shared/model/records.js';
import { newAuditEvent } from '../audit-event.js';
import { commitChange } from '../db/commit.js';
import { quarterEntity } from '../db/entities.js';
import { assertRevision, conflictToAppError, nextRevision } from '../workflow-guards.js';
import { assertQuarterOpen, loadQuarter } from './load-quarter.js';

export type SetDueDateOptions = {
  user: TUser;
  agencyId: string;
  year: number;
  quarter: TQuarter;
  revision: number;
  dueAt: string;
};

/** The planner moves a quarter's due date; reminders then count from the new one. */
export async function setDueDate(options: SetDueDateOptions): Promise<TQuarterRecord> {
  const { user, agencyId, year, quarter } = options;
  const context = await loadQuarter({ user, agencyId, year, quarter, action: 'settings.edit' });
  assertQuarterOpen(context.quarter);
  const current = context.quarter;
  assertRevision(current, options.revision);
  const at = new Date().toISOString();
  const record: TQuarterRecord = {
    ...current,
    dueAt: options.dueAt,
    ...nextRevision(current, user, at),
  };
  const audit = newAuditEvent({
    user,
    at,
    agencyId,
    year,
    subject: { kind: 'quarter', quarter },
    action: 'setDueDate',
    changes: [{ path: 'dueAt', before: current.dueAt, after: options.dueAt }],
  });
  await commitChange({
    writes: [{ item: quarterEntity.item(record), expectedRevision: options.revision }],
    audit: [audit],
  }).catch(conflictToAppError);
  return record;
}
