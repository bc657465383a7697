import type { TUser } from '../../../../shared/model/organisation';
import type { TQuarter } from '../../../../shared/model/quarter';
import type { TAgreementRecord, TPartRecord, TQuarterRecord } from '../../../../shared/model/records';
import type { TDashboard, TWaitingItem } from '../../../../shared/workflow/dashboard';
import type { TChartRow } from '../../components/achievement-chart';

export type TQuarterView = TQuarterRecord & { readyForSignOff: boolean; parts: TPartRecord[] };

/** Where a part stands against its due date. */
export type TDeadline =
  | { kind: 'left'; days: number }
  | { kind: 'overdue'; days: number }
  | { kind: 'on-time' }
  | { kind: 'late' };

/** A part counts as handed in once submitted, until it is returned. */
export const isHandedIn = (part: TPartRecord): boolean =>
  part.state === 'submitted' || part.state === 'verified';

/** The dashboard API's standing of a unit, as the deadline column shows it. */
export function deadlineOf(standing: { daysLeft: number | null; onTime: boolean | null }): TDeadline | null {
  if (standing.daysLeft !== null)
    return standing.daysLeft >= 0
      ? { kind: 'left', days: standing.daysLeft }
      : { kind: 'overdue', days: -standing.daysLeft };
  if (standing.onTime === null) return null;
  return standing.onTime ? { kind: 'on-time' } : { kind: 'late' };
}

/** A share in % (completeness, timeliness); null when there is nothing to count. */
export const share = (part: number, whole: number): number | null =>
  whole > 0 ? (part / whole) * 100 : null;

/** A "waiting on me" item as the API documents it: one object, the fields its kind needs. */
export type TWaitingView = {
  kind: TWaitingItem['kind'];
  quarter?: TQuarter;
  unitId?: string;
  version?: number;
};

/** The dashboard API's "waiting on me" item as a task of this screen. */
export function taskFromWaiting(view: TWaitingView, quarters: readonly TQuarterView[], now: string): TTask {
  const item: Required<TWaitingView> = { quarter: 1, unitId: '', version: 1, ...view };
  switch (item.kind) {
    case 'fillPart': {
      const quarter = quarters.find((q) => q.quarter === item.quarter);
      const part = quarter?.parts.find((p) => p.content.unitId === item.unitId);
      const overdue = quarter ? Date.parse(now) > Date.parse(quarter.dueAt) : false;
      return {
        kind: 'fill',
        quarter: item.quarter,
        unitId: item.unitId,
        returned: part?.state === 'returned',
        overdue,
      };
    }
    case 'reviewPart':
      return { kind: 'verify', quarter: item.quarter, unitId: item.unitId };
    case 'signOffQuarter':
      return { kind: 'sign-off', quarter: item.quarter };
    case 'signAgreement':
      return { kind: 'sign-agreement', version: item.version };
    case 'editAgreement':
      return { kind: 'finish-agreement', version: item.version };
  }
}

export type TTask =
  | { kind: 'fill'; quarter: TQuarter; unitId: string; returned: boolean; overdue: boolean }
  | { kind: 'verify'; quarter: TQuarter; unitId: string }
  | { kind: 'sign-off'; quarter: TQuarter }
  | { kind: 'sign-agreement'; version: number }
  | { kind: 'finish-agreement'; version: number };

/**
 * What waits on this user across the year's open quarters: a division head's unfinished or
 * returned parts, the verifier's submitted parts, the head's quarters ready for sign-off and
 * agreements to sign, the planner's agreement drafts.
 */
export function tasksFor(
  user: TUser,
  quarters: readonly TQuarterView[],
  agreements: readonly TAgreementRecord[],
  now: string,
): TTask[] {
  const open = quarters.filter((quarter) => quarter.state === 'open');
  const tasks: TTask[] = [];
  for (const quarter of open) {
    for (const part of quarter.parts) {
      const unitId = part.content.unitId;
      if (user.roles.includes('division_head') && user.unitId === unitId && !isHandedIn(part)) {
        const overdue = Date.parse(now) > Date.parse(quarter.dueAt);
        tasks.push({
          kind: 'fill',
          quarter: quarter.quarter,
          unitId,
          returned: part.state === 'returned',
          overdue,
        });
      }
      if (user.roles.includes('verifier') && part.state === 'submitted')
        tasks.push({ kind: 'verify', quarter: quarter.quarter, unitId });
    }
    if (user.roles.includes('head') && quarter.readyForSignOff)
      tasks.push({ kind: 'sign-off', quarter: quarter.quarter });
  }
  for (const record of agreements) {
    if (user.roles.includes('head') && record.state === 'submitted')
      tasks.push({ kind: 'sign-agreement', version: record.version });
    if (user.roles.includes('planner') && record.state === 'draft')
      tasks.push({ kind: 'finish-agreement', version: record.version });
  }
  return tasks;
}

/**
 * The dashboard API answers for the selected quarter; a division head behind on an earlier
 * quarter (or a verifier with parts waiting there) should see that too, so the other open
 * quarters' tasks are added from the year's quarter list.
 */
export function allTasks(
  user: TUser,
  selected: number,
  waiting: readonly TWaitingView[],
  quarters: readonly TQuarterView[],
  now: string,
): TTask[] {
  const here = waiting.map((item) => taskFromWaiting(item, quarters, now));
  const elsewhere = tasksFor(user, quarters, [], now).filter(
    (task) => 'quarter' in task && task.quarter !== selected,
  );
  return [...elsewhere.filter((task) => task.kind === 'fill' || task.kind === 'verify'), ...here].sort(
    (a, b) => ('quarter' in a ? a.quarter : 9) - ('quarter' in b ? b.quarter : 9),
  );
}

/** The chart's bars: each labelled with the indicator's own code ("IKU-1", "1.4.b"), not its owner's. */
export const chartRows = (achievements: readonly TDashboard['achievements'][number][]): TChartRow[] =>
  achievements.map((row) => ({
    id: row.indicatorId,
    code: row.indicatorCode,
    name: row.name,
    quarter: row.quarter,
    toDate: row.toDate,
  }));
