import { appointmentRefusal, clashingRoles } from '../../shared/access/policy.js';
import { AppError, type FieldIssue, fieldIssue } from '../../shared/app-error.js';
import { t } from '../../shared/i18n.js';
import { actingMessages } from '../../shared/messages/acting.js';
import { ruleMessages } from '../../shared/messages/rules.js';
import {
  actingPeriod,
  isActingAt,
  type TActingAssignment,
  type TActingOrder,
} from '../../shared/model/acting.js';
import type { TUser } from '../../shared/model/organisation.js';
import { localDate } from '../../shared/reminders/local-day.js';
import { forbidden } from '../auth/authorize.js';
import { beginChange } from '../change.js';
import type { TClock } from '../clock.js';
import { actingEntity } from '../db/entities.js';
import { getAgencyWithUnits, getUser } from '../db/organisation.js';
import { listAgencyActing } from '../db/users.js';
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
  const issues = await orderIssues(order, found, localDate(change.at, agency.timeZone));
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
  return assignment;
}

/** What is wrong with an order, field by field: who acts, for which unit, until when. */
async function orderIssues(
  order: TActingOrder,
  found: TAgencyWithUnits,
  today: string,
): Promise<FieldIssue[]> {
  const { agency, units } = found;
  const issues: FieldIssue[] = [];
  if (order.duty === 'division_head' && !units.some((unit) => unit.id === order.unitId))
    issues.push(fieldIssue('unitId', t(actingMessages).notAUnitHere));
  if (order.until < today) issues.push(fieldIssue('until', t(actingMessages).dayPassed));
  // One acting official per duty at a time.
  const period = actingPeriod(order, agency.timeZone);
  const overlapping = (await listAgencyActing(agency.id)).some((other) => {
    const starts = Date.parse(other.startsAt);
    const ends = Math.min(Date.parse(other.endsAt), Date.parse(other.endedAt ?? other.endsAt));
    const sameDuty = other.duty === order.duty && (order.duty === 'head' || other.unitId === order.unitId);
    return (
      sameDuty && starts < ends && starts < Date.parse(period.endsAt) && Date.parse(period.startsAt) < ends
    );
  });
  if (overlapping) issues.push(fieldIssue('from', t(actingMessages).dutyTaken));
  const person = await getUser(order.userId);
  const theirAgency = person?.agencyId ? await getAgencyWithUnits(person.agencyId) : undefined;
  if (!person || person.disabled || theirAgency?.agency.regionId !== agency.regionId) {
    issues.push(fieldIssue('userId', t(actingMessages).notAnActiveMember));
    return issues;
  }
  const ownAgency = person.agencyId === agency.id;
  const holdsDuty =
    ownAgency &&
    person.roles.includes(order.duty) &&
    (order.duty === 'head' || person.unitId === order.unitId);
  if (holdsDuty) issues.push(fieldIssue('userId', t(actingMessages).holdsDutyAlready));
  // One person does not check their own work, acting or not.
  if (ownAgency)
    for (const { rule } of clashingRoles([...person.roles, order.duty]))
      issues.push(fieldIssue('userId', t(ruleMessages).roleClashes[rule]));
  if (order.duty === 'head' && (!person.rank || !person.nip))
    issues.push(fieldIssue('userId', t(actingMessages).recordRankAndNip));
  return issues;
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
    revision: current.revision + 1,
  };
  const audit = change.audit({
    subject: { kind: 'settings' },
    action: 'endActing',
    reason: options.reason?.trim() || undefined,
    changes: [{ path: `acting.${actingId}.endedAt`, before: null, after: change.at }],
  });
  await change.commit({
    writes: [{ item: actingEntity.item(ended), expectedRevision: current.revision }],
    audit: [audit],
  });
  return ended;
}
