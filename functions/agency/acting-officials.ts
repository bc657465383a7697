import { appointmentRefusal } from '../../shared/access/policy.js';
import { AppError } from '../../shared/app-error.js';
import { t } from '../../shared/i18n.js';
import { actingMessages } from '../../shared/messages/acting.js';
import { actingPeriod, type TActingAssignment, type TActingOrder } from '../../shared/model/acting.js';
import { actingOrderIssues, type TOrderContext } from '../../shared/model/acting-rules.js';
import { isActingAt } from '../../shared/model/acting-standing.js';
import type { TUser } from '../../shared/model/organisation.js';
import { forbidden } from '../auth/authorize.js';
import { beginChange } from '../change.js';
import type { TClock } from '../clock.js';
import { actingEntity } from '../db/entities.js';
import { getAgencyWithUnits, getUser } from '../db/organisation.js';
import { listAgencyActing } from '../db/users.js';
import { forgetAgencyActing } from './acting-notices.js';
import { loadAgency, type TAgencyWithUnits } from './load-agency.js';

/** The agency's acting officials, past, present and coming (every member may see who acts for whom). */
export async function listActing(options: { user: TUser; agencyId: string }): Promise<TActingAssignment[]> {
  await loadAgency(options.user, options.agencyId, 'agency.read');
  return listAgencyActing(options.agencyId);
}

export type AppointActingOptions = { user: TUser; agencyId: string; order: TActingOrder; clock?: TClock };

/**
 * Records an acting official (Plt./Plh.) for the head's duty or a division head's, for a period,
 * on the agency's record. From its first day they take the absent official's workflow steps, and
 * what they sign reads "Plt. Kepala …" above their own name, rank and NIP.
 */
export async function appointActing(options: AppointActingOptions): Promise<TActingAssignment> {
  const { user, agencyId, order } = options;
  const found = await loadAgency(user, agencyId, 'agency.read');
  const { agency } = found;
  const refusal = appointmentRefusal(user, order, { regionId: agency.regionId, agencyId });
  if (refusal) throw forbidden(refusal, 'users.manage');
  const change = beginChange({ user, clock: options.clock, agency });
  const issues = actingOrderIssues(order, await orderContext(order, found, change.at));
  if (issues.length > 0) throw new AppError('BAD_REQUEST', t(actingMessages).appointmentInvalid, { issues });
  const assignment: TActingAssignment = {
    id: change.newId(),
    agencyId,
    ...order,
    unitId: order.duty === 'division_head' ? order.unitId : undefined,
    ...actingPeriod(order, agency.timeZone),
    createdAt: change.at,
    createdBy: user.id,
    revision: 1,
  };
  const { kind, duty, unitId, userId, from, until, decree } = assignment;
  const audit = change.audit({
    subject: { kind: 'settings' },
    action: 'appointActing',
    reason: order.reason,
    changes: [
      {
        path: `acting.${assignment.id}`,
        before: null,
        after: { kind, duty, unitId, userId, from, until, decree },
      },
    ],
  });
  await change.commit({
    writes: [{ item: actingEntity.item(assignment), expectedRevision: 'new' }],
    audit: [audit],
  });
  forgetAgencyActing(agencyId);
  return assignment;
}

/** The rules' view of the order's moment: the agency's units, its assignments, the person named. */
async function orderContext(
  order: TActingOrder,
  found: TAgencyWithUnits,
  at: string,
): Promise<TOrderContext> {
  const { agency, units } = found;
  const [assignments, person] = await Promise.all([listAgencyActing(agency.id), getUser(order.userId)]);
  const theirAgency = person?.agencyId ? await getAgencyWithUnits(person.agencyId) : undefined;
  const active = person && !person.disabled && theirAgency?.agency.regionId === agency.regionId;
  return {
    agency,
    unitIds: units.map((unit) => unit.id),
    at,
    assignments,
    person: active ? person : undefined,
  };
}

export type EndActingOptions = {
  user: TUser;
  agencyId: string;
  actingId: string;
  reason?: string;
  clock?: TClock;
};

/** Ends an acting assignment before its last day (the official is back), on the record. */
export async function endActing(options: EndActingOptions): Promise<TActingAssignment> {
  const { user, agencyId, actingId } = options;
  const { agency } = await loadAgency(user, agencyId, 'agency.read');
  const current = (await listAgencyActing(agencyId)).find((assignment) => assignment.id === actingId);
  if (!current) throw new AppError('NOT_FOUND', t(actingMessages).appointmentNotFound);
  const refusal = appointmentRefusal(user, current, { regionId: agency.regionId, agencyId });
  if (refusal) throw forbidden(refusal, 'users.manage');
  const change = beginChange({ user, clock: options.clock, agency });
  if (!isActingAt(current, change.at) && Date.parse(current.startsAt) <= Date.parse(change.at))
    throw new AppError('CONFLICT', t(actingMessages).appointmentEnded, { details: { current } });
  const ended: TActingAssignment = {
    ...current,
    endedAt: change.at,
    endedBy: user.id,
    endReason: options.reason?.trim() || undefined,
    revision: current.revision + 1,
  };
  const audit = change.audit({
    subject: { kind: 'settings' },
    action: 'endActing',
    reason: ended.endReason,
    changes: [{ path: `acting.${actingId}.endedAt`, before: null, after: change.at }],
  });
  await change.commit({
    writes: [{ item: actingEntity.item(ended), expectedRevision: current.revision }],
    audit: [audit],
  });
  forgetAgencyActing(agencyId);
  return ended;
}
