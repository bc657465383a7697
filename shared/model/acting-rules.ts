import { clashingRoles } from '../access/policy.js';
import { type FieldIssue, fieldIssue } from '../app-error.js';
import { t } from '../i18n.js';
import { actingMessages } from '../messages/acting.js';
import { ruleMessages } from '../messages/rules.js';
import { localDate } from '../reminders/local-day.js';
import {
  actingPeriod,
  type TActingAssignment,
  type TActingOrder,
  type TAppointablePerson,
} from './acting.js';
import { actingEndsAt } from './acting-standing.js';
import type { TAgency } from './organisation.js';

/** The person an order names, as the rules read them. */
type TOrderPerson = Pick<TAppointablePerson, 'agencyId' | 'roles' | 'unitId' | 'rank' | 'nip'>;

/** What the rules know of the agency on the day an order is given. */
export type TOrderContext = {
  agency: Pick<TAgency, 'id' | 'timeZone'>;
  unitIds: readonly string[];
  /** The moment the order is given. */
  at: string;
  /** The agency's assignments, past, current and coming. */
  assignments: readonly TActingAssignment[];
  /** The person named; undefined when they are no active member of an agency of the region. */
  person: TOrderPerson | undefined;
};

/**
 * Whether an order meets another for the same duty (the head's, or one unit's division head's)
 * from `at` on: one ended early this morning leaves the rest of its days free.
 */
function meets(order: TActingOrder, other: TActingAssignment, timeZone: TAgency['timeZone'], at: string) {
  const sameDuty = other.duty === order.duty && (order.duty === 'head' || other.unitId === order.unitId);
  const period = actingPeriod(order, timeZone);
  const starts = Math.max(Date.parse(other.startsAt), Date.parse(period.startsAt), Date.parse(at));
  const ends = Math.min(actingEndsAt(other), Date.parse(period.endsAt));
  return sameDuty && starts < ends;
}

/**
 * What is wrong with an order, field by field: for which unit, until when, whether the duty is
 * free on those days, and whether the person may carry it. The API's check, and the form's
 * before it sends.
 */
export function actingOrderIssues(order: TActingOrder, context: TOrderContext): FieldIssue[] {
  const { agency, person } = context;
  const m = t(actingMessages);
  const issues: FieldIssue[] = [];
  if (order.duty === 'division_head' && !context.unitIds.includes(order.unitId ?? ''))
    issues.push(fieldIssue('unitId', m.notAUnitHere));
  if (order.until < localDate(context.at, agency.timeZone)) issues.push(fieldIssue('until', m.dayPassed));
  // One acting official per duty at a time.
  if (context.assignments.some((other) => meets(order, other, agency.timeZone, context.at)))
    issues.push(fieldIssue('from', m.dutyTaken));
  if (!person) return [...issues, fieldIssue('userId', m.notAnActiveMember)];
  const ownAgency = person.agencyId === agency.id;
  const holdsDuty =
    ownAgency &&
    person.roles.includes(order.duty) &&
    (order.duty === 'head' || person.unitId === order.unitId);
  if (holdsDuty) issues.push(fieldIssue('userId', m.holdsDutyAlready));
  // One person does not check their own work, acting or not.
  if (ownAgency)
    for (const { rule } of clashingRoles([...person.roles, order.duty]))
      issues.push(fieldIssue('userId', t(ruleMessages).roleClashes[rule]));
  if (order.duty === 'head' && (!person.rank || !person.nip))
    issues.push(fieldIssue('userId', m.recordRankAndNip));
  return issues;
}
