import { isAllowed, type TAccessTarget, type TAction, type TActor } from '../access/policy.js';
import type { TPerformanceTable } from '../calc/performance-table.js';
import { isAfter } from '../calendar/due-date.js';
import type { TAgency } from '../model/organisation.js';
import type { TQuarter } from '../model/quarter.js';
import type { TAgreementStanding, TPartRecord, TQuarterRecord } from '../model/records.js';
import { daysLeft } from '../reminders/local-day.js';
import { isReadyForSignOff } from './quarter-workflow.js';

export type TUnitStanding = {
  unitId: string;
  state: TPartRecord['state'];
  dueAt: string;
  /** Local calendar days to the due date; negative once overdue. Null after submission. */
  daysLeft: number | null;
  submittedAt: string | null;
  /** Null while not submitted. */
  onTime: boolean | null;
};

export type TWaitingItem =
  | { kind: 'fillPart' | 'reviewPart'; quarter: TQuarter; unitId: string }
  | { kind: 'signOffQuarter'; quarter: TQuarter }
  | { kind: 'signAgreement' | 'editAgreement'; version: number };

export type TDashboard = {
  quarter: TQuarterRecord & { readyForSignOff: boolean };
  units: TUnitStanding[];
  /** Parts submitted or further, of all parts. */
  completeness: { submitted: number; total: number };
  /** Of the submitted parts, those in by the due date. */
  timeliness: { onTime: number; late: number };
  /** Achievement per indicator for the quarter and to date, with its band (for the chart). */
  achievements: {
    indicatorId: string;
    /** The objective's, program's or activity's code ("1.2"). */
    code: string;
    /** The indicator's own code ("IKU-1", "1.4.b"). */
    indicatorCode: string;
    name: string;
    unitIds: string[];
    quarter: number | null;
    toDate: number | null;
    band: string | null;
    /** Measured once a year: no achievement until TW4's figure is in. */
    annualOnly: boolean;
    target: number;
    unit: string;
    /** Set when the annual target can no longer be reached on plan (shared/calc/at-risk.ts). */
    atRisk: { bestOnPlan: number; bestAchievement: number | null } | null;
  }[];
  waitingOnMe: TWaitingItem[];
};

export type BuildDashboardOptions = {
  now: string;
  user: TActor;
  agency: TAgency;
  quarter: TQuarterRecord;
  parts: readonly TPartRecord[];
  agreements: readonly TAgreementStanding[];
  performance: TPerformanceTable;
};

/** What each role sees first: where every unit stands in the quarter, and what waits on the user. */
export function buildDashboard(options: BuildDashboardOptions): TDashboard {
  const { now, user, agency, quarter, parts, agreements, performance } = options;
  const q = quarter.quarter;
  const units: TUnitStanding[] = parts.map((part) => {
    const submitted = part.state === 'submitted' || part.state === 'verified';
    return {
      unitId: part.content.unitId,
      state: part.state,
      dueAt: quarter.dueAt,
      daysLeft: submitted ? null : daysLeft(now, quarter.dueAt, agency.timeZone),
      submittedAt: part.submittedAt ?? null,
      // Against the deadline now in force: an extension granted after a late submission counts.
      onTime: part.submittedAt ? !isAfter(part.submittedAt, quarter.dueAt) : null,
    };
  });
  const submitted = units.filter((unit) => unit.onTime !== null);
  const readyForSignOff = quarter.state === 'open' && isReadyForSignOff(parts.map((part) => part.state));
  return {
    quarter: { ...quarter, readyForSignOff },
    units,
    completeness: {
      submitted: units.filter((u) => u.state === 'submitted' || u.state === 'verified').length,
      total: units.length,
    },
    timeliness: {
      onTime: submitted.filter((u) => u.onTime).length,
      late: submitted.filter((u) => !u.onTime).length,
    },
    achievements: performance.rows.map((row) => ({
      indicatorId: row.indicatorId,
      code: row.code,
      indicatorCode: row.indicatorCode,
      name: row.indicatorName,
      unitIds: row.unitIds,
      quarter: row.quarterAchievements[q - 1] ?? null,
      toDate: row.toDateAchievements[q - 1] ?? null,
      band: row.toDateBands[q - 1] ?? null,
      annualOnly: row.annualOnly,
      target: row.target,
      unit: row.unit,
      atRisk: row.atRisk,
    })),
    waitingOnMe: waitingOn(user, agency, quarter, parts, agreements),
  };
}

function waitingOn(
  user: TActor,
  agency: TAgency,
  quarter: TQuarterRecord,
  parts: readonly TPartRecord[],
  agreements: readonly TAgreementStanding[],
): TWaitingItem[] {
  return [...quarterStepsOf(user, agency, quarter, parts), ...agreementStepsOf(user, agency, agreements)];
}

// The one access policy decides, so an acting official (Plt./Plh.) sees the steps of their duty.
const mayOn =
  (user: TActor, agency: TAgency) =>
  (action: TAction, target: Partial<TAccessTarget> = {}) =>
    isAllowed(user, action, { regionId: agency.regionId, agencyId: agency.id, ...target });

/** The steps of an open quarter that wait on the user: parts to fill or review, the sign-off. */
export function quarterStepsOf(
  user: TActor,
  agency: TAgency,
  quarter: TQuarterRecord,
  parts: readonly TPartRecord[],
): TWaitingItem[] {
  if (quarter.state !== 'open') return [];
  const q = quarter.quarter;
  const may = mayOn(user, agency);
  const items: TWaitingItem[] = [];
  for (const part of parts) {
    const unitId = part.content.unitId;
    if (may('part.write', { unitId }) && (part.state === 'draft' || part.state === 'returned'))
      items.push({ kind: 'fillPart', quarter: q, unitId });
    const submittedBy = part.submittedBy;
    if (part.state === 'submitted' && may('part.verify', { unitId, submittedBy }))
      items.push({ kind: 'reviewPart', quarter: q, unitId });
  }
  const verifiedBy = parts.flatMap((part) => part.verifiedBy ?? []);
  const ready = isReadyForSignOff(parts.map((part) => part.state));
  if (ready && may('quarter.signOff', { verifiedBy })) items.push({ kind: 'signOffQuarter', quarter: q });
  return items;
}

/** The agreement versions that wait on the user: to sign, or a draft to finish. */
export function agreementStepsOf(
  user: TActor,
  agency: TAgency,
  agreements: readonly TAgreementStanding[],
): TWaitingItem[] {
  const may = mayOn(user, agency);
  return agreements.flatMap((agreement): TWaitingItem[] => {
    if (agreement.state === 'submitted' && may('agreement.sign'))
      return [{ kind: 'signAgreement', version: agreement.version }];
    if (agreement.state === 'draft' && may('agreement.edit'))
      return [{ kind: 'editAgreement', version: agreement.version }];
    return [];
  });
}
