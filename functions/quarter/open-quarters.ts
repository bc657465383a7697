import * as z from 'zod';
import { AppError } from '../../shared/app-error.js';
import { quarterDueAt } from '../../shared/calendar/quarter-deadline.js';
import { agencyOf, type TOutboxHandler } from '../../shared/model/outbox.js';
import { quarters } from '../../shared/model/quarter.js';
import { emptyPart, type TQuarterRecord } from '../../shared/model/records.js';
import { unitsOfYear } from '../../shared/model/unit-history.js';
import { beginChange } from '../change.js';
import { systemClock } from '../clock.js';
import { readDeadlineCalendar } from '../db/calendar.js';
import { partEntity, quarterEntity } from '../db/entities.js';
import { getAgencyWithUnits } from '../db/organisation.js';
import { readYear } from '../db/year.js';

const ZSignedPayloadSchema = z.object({ version: z.int().min(1) });

/**
 * A year's quarters open when its agreement is first signed: each with its deadline from the
 * region's calendar and an empty part for every unit of that year, on the agency's record.
 * Follows the signing through the outbox, one transaction per quarter (a quarter and its parts
 * always appear together; forty units fit one), so it is safe to run twice: a quarter that is
 * there already is left as it is, and a later version's signing finds them all.
 */
const openQuarters: TOutboxHandler = async (event, run) => {
  const { version } = ZSignedPayloadSchema.parse(event.payload);
  const { year } = event;
  const agencyId = agencyOf(event);
  // Read consistently: the signing just committed, and a quarter opened by a rerun must be seen.
  const [found, stored] = await Promise.all([
    readYear(agencyId, year, { consistent: true }),
    getAgencyWithUnits(agencyId),
  ]);
  const signed = found.agreements.find((record) => record.version === version);
  const missing = quarters.filter((quarter) => !found.quarters.some((q) => q.quarter === quarter));
  if (!signed || !stored || missing.length === 0) return;
  const { agency, units } = stored;
  const calendar = await readDeadlineCalendar(agency.regionId, year);
  // The signatory opened them: the record says who signed, and when the outbox followed.
  const user = { id: signed.updatedBy, name: signed.signedBy?.name ?? signed.updatedBy };
  for (const quarter of missing) {
    const change = beginChange({ user, clock: { ...systemClock, now: () => run.now }, agencyId, year });
    const tracked = { revision: 1, updatedAt: change.at, updatedBy: user.id };
    const record: TQuarterRecord = {
      agencyId,
      year,
      quarter,
      state: 'open',
      dueAt: quarterDueAt(year, quarter, agency.timeZone, calendar),
      signOffCount: 0,
      ...tracked,
    };
    const parts = unitsOfYear(units, year).map((unit) =>
      emptyPart({ agencyId, year, quarter, unitId: unit.id, agreementVersion: version }, tracked),
    );
    await change
      .commit({
        writes: [quarterEntity.item(record), ...parts.map(partEntity.item)].map((item) => ({
          item,
          expectedRevision: 'new' as const,
        })),
        audit: [
          change.audit({
            subject: { kind: 'quarter', quarter },
            action: 'openQuarter',
            toState: 'open',
            changes: [{ path: 'dueAt', before: null, after: record.dueAt }],
          }),
        ],
      })
      .catch(openedMeanwhile);
  }
};

/** A run that lost the race to another run of the same event finds the quarter there: done. */
function openedMeanwhile(error: unknown): void {
  if (!(error instanceof AppError && error.code === 'CONFLICT')) throw error;
}

/** What follows a signing for the year's quarters. */
export const quarterOpeningHandlers: Record<string, TOutboxHandler> = { 'agreement.sign': openQuarters };
