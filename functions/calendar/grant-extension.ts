import { AppError, fieldIssue } from '../../shared/app-error.js';
import { extensionProblem } from '../../shared/calendar/extension-rules.js';
import { quarterDueAt } from '../../shared/calendar/quarter-deadline.js';
import type { TUser } from '../../shared/model/organisation.js';
import type { TQuarter } from '../../shared/model/quarter.js';
import type { TQuarterRecord } from '../../shared/model/records.js';
import { loadAgency } from '../agency/load-agency.js';
import { beginChange } from '../change.js';
import type { TClock } from '../clock.js';
import { readDeadlineCalendar } from '../db/calendar.js';
import { quarterEntity } from '../db/entities.js';
import { assertQuarterOpen } from '../quarter/load-quarter.js';
import { assertRevision } from '../workflow-guards.js';
import { findQuarter } from './find-quarter.js';

export type GrantExtensionOptions = {
  user: TUser;
  agencyId: string;
  year: number;
  quarter: TQuarter;
  revision: number;
  /** The new last day, in the agency's calendar. */
  dueDate: string;
  reason: string;
  clock?: TClock;
};

/**
 * The region's administrator gives one agency more time for one open quarter: a working day past
 * the region's deadline. The quarter keeps who granted it, when and why, and so does its record.
 */
export async function grantExtension(options: GrantExtensionOptions): Promise<TQuarterRecord> {
  const { user, agencyId, year, quarter, dueDate, reason } = options;
  const { agency } = await loadAgency(user, agencyId, 'calendar.manage');
  const current = await findQuarter(agencyId, year, quarter);
  assertQuarterOpen(current);
  assertRevision(current, options.revision);
  const calendar = await readDeadlineCalendar(agency.regionId, year);
  const problem = extensionProblem(dueDate, year, quarter, calendar);
  if (problem) throw new AppError('BAD_REQUEST', problem, { issues: [fieldIssue('dueDate', problem)] });
  const change = beginChange({ user, clock: options.clock, agencyId, year });
  const extension = { dueDate, reason, grantedBy: user.id, grantedByName: user.name, grantedAt: change.at };
  const dueAt = quarterDueAt(year, quarter, agency.timeZone, calendar, extension);
  const record: TQuarterRecord = { ...current, dueAt, extension, ...change.nextRevision(current) };
  const audit = change.audit({
    subject: { kind: 'quarter', quarter },
    action: 'grantExtension',
    reason,
    changes: [{ path: 'dueAt', before: current.dueAt, after: dueAt }],
  });
  await change.commit({
    writes: [{ item: quarterEntity.item(record), expectedRevision: options.revision }],
    audit: [audit],
  });
  return record;
}
