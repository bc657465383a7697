import type { TAction, TActor } from '../../shared/access/policy.js';
import { AppError } from '../../shared/app-error.js';
import { t } from '../../shared/i18n.js';
import { cycleMessages } from '../../shared/messages/cycle.js';
import type { TQuarter } from '../../shared/model/quarter.js';
import type {
  TAgreementRecord,
  TAgreementStanding,
  TPartRecord,
  TQuarterRecord,
} from '../../shared/model/records.js';
import { editablePartStates, partTransitions } from '../../shared/workflow/part-workflow.js';
import { isQuarterLocked } from '../../shared/workflow/quarter-workflow.js';
import { allowedFrom } from '../../shared/workflow/transitions.js';
import { loadAgency, type TAgencyWithUnits } from '../agency/load-agency.js';
import { versionForQuarter } from '../agreement/agreement-in-force.js';
import { readYear, type TYear } from '../db/year.js';

export type TQuarterContext = TAgencyWithUnits & {
  year: TYear;
  quarter: TQuarterRecord;
  /** The signed agreement version this quarter is measured against. */
  agreement: TAgreementRecord;
  parts: TPartRecord[];
};

export type LoadQuarterOptions = {
  user: TActor;
  agencyId: string;
  year: number;
  quarter: TQuarter;
  action: TAction;
  unitId?: string;
};

/** The quarter's record and the agreement version it is measured against: 404 before it opens, 409 unsigned. */
export function quarterInForce<A extends TAgreementStanding>(
  found: { quarter: TQuarterRecord | undefined; agreements: readonly A[] },
  quarter: TQuarter,
  year: number,
): { quarter: TQuarterRecord; agreement: A } {
  if (!found.quarter) throw new AppError('NOT_FOUND', t(cycleMessages).quarterNotOpen(quarter, year));
  const agreement = versionForQuarter(found.agreements, quarter);
  if (!agreement) throw new AppError('CONFLICT', t(cycleMessages).agreementNotSigned);
  return { quarter: found.quarter, agreement };
}

/** Checks access, then reads the whole year once: the quarter, its parts and its agreement version. */
export async function loadQuarter(options: LoadQuarterOptions): Promise<TQuarterContext> {
  const { user, agencyId, year, quarter, action, unitId } = options;
  const agency = await loadAgency(user, agencyId, action, unitId);
  const found = await readYear(agencyId, year, { shared: true });
  const inForce = quarterInForce(
    { quarter: found.quarters.find((q) => q.quarter === quarter), agreements: found.agreements },
    quarter,
    year,
  );
  const parts = found.parts.filter((part) => part.content.quarter === quarter);
  return { ...agency, year: found, ...inForce, parts };
}

/** One unit's part of the loaded quarter, or 404. */
export function partOf(context: { parts: readonly TPartRecord[] }, unitId: string): TPartRecord {
  const part = context.parts.find((candidate) => candidate.content.unitId === unitId);
  if (!part) throw new AppError('NOT_FOUND', t(cycleMessages).noPartOfUnit(unitId));
  return part;
}

/** 423 when the quarter is signed off (or accepted): nothing in it may change until it is reopened. */
export function assertQuarterOpen(quarter: TQuarterRecord): void {
  if (isQuarterLocked(quarter.state)) {
    throw new AppError('LOCKED', t(cycleMessages).quarterLocked, { details: { current: quarter } });
  }
}

/** 409 unless the part is with its division head (draft or returned): under review it is read-only. */
export function assertPartEditable(part: TPartRecord): void {
  if (!editablePartStates.includes(part.state)) {
    throw new AppError('CONFLICT', t(cycleMessages).partUnderReview, {
      details: { current: part, allowed: allowedFrom(partTransitions, part.state) },
    });
  }
}
