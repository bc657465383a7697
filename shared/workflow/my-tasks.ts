import { isAllowed, type TActor } from '../access/policy.js';
import { utcOffsets } from '../calendar/due-date.js';
import type { TAgency } from '../model/organisation.js';
import type { TQuarter } from '../model/quarter.js';
import type { TAgreementStanding, TPartRecord, TQuarterRecord } from '../model/records.js';
import { daysLeft, localDate } from '../reminders/local-day.js';
import { agreementStepsOf, quarterStepsOf, type TWaitingItem } from './dashboard.js';

/** One thing that waits on the person, with its deadline where it has one. */
export type TMyTask = {
  kind: TWaitingItem['kind'] | 'writeAnnualReport';
  year: number;
  quarter?: TQuarter;
  unitId?: string;
  version?: number;
  /** A part sent back by the verifier or the head, to be fixed. */
  returned?: boolean;
  dueAt: string | null;
  /** Local calendar days to the deadline: 0 on the day, negative once overdue. */
  daysLeft: number | null;
};

/** What is stored of one of the agency's years (of its agreement versions, where each stands). */
export type TYearRecords = {
  year: number;
  agreements: readonly TAgreementStanding[];
  quarters: readonly TQuarterRecord[];
  parts: readonly TPartRecord[];
};

/**
 * The years whose work may still be open: this one and the last (in January last year's TW4 is
 * due, and its LKj until the end of March). Two reads, whatever the date.
 */
export function workingYears(now: string, timeZone: TAgency['timeZone']): [number, number] {
  const year = Number(localDate(now, timeZone).slice(0, 4));
  return [year - 1, year];
}

/** The LKj of a year is due to the regent within the first quarter of the next year. */
const annualReportDueAt = (year: number, timeZone: TAgency['timeZone']): string =>
  `${year + 1}-03-31T23:59:00${utcOffsets[timeZone]}`;

export type BuildMyTasksOptions = {
  now: string;
  user: TActor;
  agency: TAgency;
  years: readonly TYearRecords[];
};

/** Everything that waits on the person across the working years, most urgent (earliest due) first. */
export function buildMyTasks(options: BuildMyTasksOptions): TMyTask[] {
  const { now, user, agency } = options;
  const dated = (task: Omit<TMyTask, 'daysLeft'>): TMyTask => ({
    ...task,
    daysLeft: task.dueAt ? daysLeft(now, task.dueAt, agency.timeZone) : null,
  });
  const tasks: TMyTask[] = [];
  for (const records of options.years) {
    const { year } = records;
    for (const quarter of records.quarters) {
      const parts = records.parts.filter((part) => part.content.quarter === quarter.quarter);
      for (const step of quarterStepsOf(user, agency, quarter, parts)) {
        const returned =
          step.kind === 'fillPart' &&
          parts.some((part) => part.content.unitId === step.unitId && part.state === 'returned');
        tasks.push(dated({ ...step, year, dueAt: quarter.dueAt, ...(returned ? { returned } : {}) }));
      }
    }
    for (const step of agreementStepsOf(user, agency, records.agreements))
      tasks.push(dated({ ...step, year, dueAt: null }));
    const annual = annualReportTask(now, user, agency, records);
    if (annual) tasks.push(dated(annual));
  }
  return tasks.sort(byUrgency);
}

/** The year-end step: from January to the LKj's due date, for the planner who compiles it and the head. */
function annualReportTask(
  now: string,
  user: TActor,
  agency: TAgency,
  records: TYearRecords,
): Omit<TMyTask, 'daysLeft'> | null {
  const dueAt = annualReportDueAt(records.year, agency.timeZone);
  const today = localDate(now, agency.timeZone);
  if (today < `${records.year + 1}-01-01` || today > localDate(dueAt, agency.timeZone)) return null;
  if (!records.quarters.some((quarter) => quarter.quarter === 4)) return null;
  const target = { regionId: agency.regionId, agencyId: agency.id };
  const compiles = isAllowed(user, 'agreement.edit', target) || isAllowed(user, 'agreement.sign', target);
  return compiles ? { kind: 'writeAnnualReport', year: records.year, dueAt } : null;
}

const kindOrder: Record<TMyTask['kind'], number> = {
  fillPart: 0,
  reviewPart: 1,
  signOffQuarter: 2,
  writeAnnualReport: 3,
  signAgreement: 4,
  editAgreement: 5,
};

/** Earliest deadline first (the overdue before all), undated steps last; then the cycle's order. */
function byUrgency(a: TMyTask, b: TMyTask): number {
  const due = (task: TMyTask) => (task.dueAt ? Date.parse(task.dueAt) : Number.POSITIVE_INFINITY);
  return (
    due(a) - due(b) ||
    a.year - b.year ||
    kindOrder[a.kind] - kindOrder[b.kind] ||
    (a.unitId ?? '').localeCompare(b.unitId ?? '')
  );
}
