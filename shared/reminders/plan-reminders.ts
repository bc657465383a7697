import type { TAgency, TUnit, TUser } from '../model/organisation.js';
import type { TQuarter } from '../model/quarter.js';
import type { TQuarterRecord } from '../model/records.js';
import { editablePartStates, type TPartState } from '../workflow/part-workflow.js';
import { reminderKey } from './dedupe-key.js';
import { daysBetween, localDate } from './local-day.js';
import { agencyHeadsOf, divisionHeadsOf } from './recipients.js';
import { defaultReminderSettings, type TReminderSettings } from './reminder-settings.js';

type TQuarterDue = Pick<TQuarterRecord, 'year' | 'quarter' | 'state' | 'dueAt'>;
export type TPartStanding = { year: number; quarter: TQuarter; unitId: string; state: TPartState };
export type TReminderRecipient = Pick<TUser, 'id' | 'email' | 'name' | 'locale'>;

type TNoticeBase = {
  /** The sent-marker key: see `reminderKey`. */
  key: string;
  recipient: TReminderRecipient;
  agencyId: string;
  year: number;
  quarter: TQuarter;
  unitId: string;
  unitName: string;
  partState: TPartState;
  dueAt: string;
};

/** One email that is due now to one recipient about one unit's part. */
export type TReminderNotice =
  | (TNoticeBase & { kind: 'reminder'; daysLeft: number })
  | (TNoticeBase & {
      kind: 'overdue';
      /** Local calendar days since the due date: 1 on the day after. */
      daysOverdue: number;
      /** The division head is told; the head of agency gets a copy (escalation). */
      audience: 'division_head' | 'head';
      divisionHeadNames: string[];
      headNames: string[];
    });

export type PlanRemindersOptions = {
  /** The sweep's moment, an ISO instant. */
  now: string;
  agency: Pick<TAgency, 'id' | 'timeZone' | 'example'>;
  settings?: TReminderSettings;
  quarters: readonly TQuarterDue[];
  /** The units that report a part; a unit without a part record has not started it (draft). */
  units: readonly Pick<TUnit, 'id' | 'name'>[];
  parts: readonly TPartStanding[];
  users: readonly TUser[];
};

type TStep = { kind: 'reminder'; days: number } | { kind: 'overdue'; days: number };

/** What a quarter calls for today: a reminder on an offset day, an overdue notice on its cycle. */
function stepOf(options: PlanRemindersOptions, due: TQuarterDue): TStep | undefined {
  const { now, agency, settings = defaultReminderSettings } = options;
  const left = daysBetween(localDate(now, agency.timeZone), localDate(due.dueAt, agency.timeZone));
  // A sweep run late on the due day, after the due moment, is neither: day 1 comes tomorrow.
  if (Date.parse(now) <= Date.parse(due.dueAt)) {
    return settings.offsetDays.includes(left) ? { kind: 'reminder', days: left } : undefined;
  }
  const overdue = -left;
  return overdue >= 1 && (overdue - 1) % settings.overdueEveryDays === 0
    ? { kind: 'overdue', days: overdue }
    : undefined;
}

const recipientOf = ({ id, email, name, locale }: TUser): TReminderRecipient => ({ id, email, name, locale });

type TUnitContext = { options: PlanRemindersOptions; due: TQuarterDue; step: TStep; heads: TUser[] };

/** The notices one unit's part calls for today: none once it is submitted. */
function unitNotices(
  { options, due, step, heads }: TUnitContext,
  unit: PlanRemindersOptions['units'][number],
) {
  const { agency, parts, users } = options;
  const part = parts.find((p) => p.year === due.year && p.quarter === due.quarter && p.unitId === unit.id);
  const partState = part?.state ?? 'draft';
  if (!editablePartStates.includes(partState)) return [];
  const divisionHeads = divisionHeadsOf(users, agency, unit.id);
  const about = {
    agencyId: agency.id,
    year: due.year,
    quarter: due.quarter,
    unitId: unit.id,
    unitName: unit.name,
    partState,
    dueAt: due.dueAt,
  };
  const dueDate = localDate(due.dueAt, agency.timeZone);
  const addressed = (user: TUser) => ({
    ...about,
    key: reminderKey({ ...about, ...step, dueDate, recipientId: user.id }),
    recipient: recipientOf(user),
  });
  if (step.kind === 'reminder') {
    return divisionHeads
      .filter((user) => !user.remindersOff)
      .map((user): TReminderNotice => ({ ...addressed(user), kind: 'reminder', daysLeft: step.days }));
  }
  const overdue = {
    kind: 'overdue',
    daysOverdue: step.days,
    divisionHeadNames: divisionHeads.map((u) => u.name),
    headNames: heads.map((u) => u.name),
  } as const;
  return [
    ...divisionHeads.map(
      (user): TReminderNotice => ({ ...addressed(user), ...overdue, audience: 'division_head' }),
    ),
    ...heads.map((user): TReminderNotice => ({ ...addressed(user), ...overdue, audience: 'head' })),
  ];
}

/**
 * The reminders and overdue notices due at `now` for one agency, one per recipient and part.
 * Days are the agency's local calendar days. Users who turned reminders off get no reminders,
 * but overdue notices ignore that: the escalation to the head cannot be turned off. An example
 * agency's people are made up: they are told nothing.
 */
export function planReminders(options: PlanRemindersOptions): TReminderNotice[] {
  if (options.agency.example) return [];
  const heads = agencyHeadsOf(options.users, options.agency);
  const notices = new Map<string, TReminderNotice>();
  for (const due of options.quarters.filter((q) => q.state === 'open')) {
    const step = stepOf(options, due);
    if (!step) continue;
    for (const unit of options.units) {
      for (const notice of unitNotices({ options, due, step, heads }, unit)) {
        // Someone both division head and head gets one email: the first (division head's) wins.
        if (!notices.has(notice.key)) notices.set(notice.key, notice);
      }
    }
  }
  return [...notices.values()];
}
