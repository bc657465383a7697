import { AppError } from '../../shared/app-error.js';
import { dueDateProblem } from '../../shared/calendar/due-date.js';
import type { TUser } from '../../shared/model/organisation.js';
import type { TQuarter } from '../../shared/model/quarter.js';
import type { TQuarterRecord } from '../../shared/model/records.js';
import { beginChange } from '../change.js';
import type { TClock } from '../clock.js';
import { quarterEntity } from '../db/entities.js';
import { assertRevision } from '../workflow-guards.js';
import { assertQuarterOpen, loadQuarter } from './load-quarter.js';

export type SetDueDateOptions = {
  user: TUser;
  agencyId: string;
  year: number;
  quarter: TQuarter;
  revision: number;
  dueAt: string;
  /** Where the moment and ids come from; the system's by default. */
  clock?: TClock;
};

/** The planner moves a quarter's due date; reminders then count from the new one. */
export async function setDueDate(options: SetDueDateOptions): Promise<TQuarterRecord> {
  const { user, agencyId, year, quarter } = options;
  const context = await loadQuarter({ user, agencyId, year, quarter, action: 'settings.edit' });
  assertQuarterOpen(context.quarter);
  const current = context.quarter;
  assertRevision(current, options.revision);
  const problem = dueDateProblem(options.dueAt, year, quarter, context.agency.timeZone);
  if (problem) {
    throw new AppError('BAD_REQUEST', problem, { issues: [{ path: 'dueAt', message: problem }] });
  }
  const change = beginChange({ user, clock: options.clock, agencyId, year });
  const record: TQuarterRecord = { ...current, dueAt: options.dueAt, ...change.nextRevision(current) };
  const audit = change.audit({
    subject: { kind: 'quarter', quarter },
    action: 'setDueDate',
    changes: [{ path: 'dueAt', before: current.dueAt, after: options.dueAt }],
  });
  await change.commit({
    writes: [{ item: quarterEntity.item(record), expectedRevision: options.revision }],
    audit: [audit],
  });
  return record;
}
