import type { TActingAssignment, TActingCapacity } from '../model/acting.js';
import { roles, type TRole, type TUser } from '../model/organisation.js';

/** Everything a user can ask to do. Reads are separate from each kind of write. */
export const actions = [
  'agency.read',
  'region.read',
  'agreement.edit',
  'agreement.submit',
  'agreement.sign',
  'part.write',
  'part.fillFor',
  'part.submit',
  'part.withdraw',
  'part.verify',
  'part.return',
  'quarter.signOff',
  'quarter.return',
  'quarter.reopen',
  'quarter.accept',
  'quarter.sendBack',
  'settings.edit',
  'reports.regenerate',
  'regionReports.regenerate',
  'users.manage',
  'agencies.manage',
  'outbox.retry',
  'calendar.manage',
] as const;
export type TAction = (typeof actions)[number];

/**
 * What an action is about: always an agency (within its region), sometimes one unit's part, and
 * for the review steps who did the step before (nobody checks their own work).
 */
export type TAccessTarget = {
  regionId: string;
  agencyId: string;
  unitId?: string;
  /** Who submitted the part under review. */
  submittedBy?: string;
  /** Who verified the quarter's parts. */
  verifiedBy?: readonly string[];
};

/** An acting official's duty in force now, and the agency it is in. */
type TActingDuty = TActingCapacity & { agencyId: string };

/**
 * A user as they act now: their own roles, and the duties they carry as an acting official
 * (Plt./Plh.) today. An acting duty confers the absent official's workflow steps, never their
 * staffing powers (granting roles, appointing). `appointments`: those they carry in force or
 * coming, in any agency, read with their record (for their home, not for access).
 */
export type TActor = TUser & {
  acting?: readonly TActingDuty[];
  appointments?: readonly TActingAssignment[];
};

/** The actions no agency role takes: reads, staffing, the outbox's retries, the region's own steps. */
type TNonWorkflowAction =
  | 'agency.read'
  | 'region.read'
  | 'users.manage'
  | 'agencies.manage'
  | 'outbox.retry'
  | 'quarter.accept'
  | 'quarter.sendBack'
  | 'calendar.manage'
  | 'regionReports.regenerate';
const nonWorkflowActions: ReadonlySet<TAction> = new Set<TNonWorkflowAction>([
  'agency.read',
  'region.read',
  'users.manage',
  'agencies.manage',
  'outbox.retry',
  'quarter.accept',
  'quarter.sendBack',
  'calendar.manage',
  'regionReports.regenerate',
]);
type TWorkflowAction = Exclude<TAction, TNonWorkflowAction>;
/** Whether an agency role takes the action (a step of the agency's own cycle). */
export const isWorkflowAction = (action: TAction): action is TWorkflowAction =>
  !nonWorkflowActions.has(action);

/** Which role may do which workflow write, within its own agency. Reads are open to every member. */
const writers: Record<TWorkflowAction, TRole> = {
  'agreement.edit': 'planner',
  'agreement.submit': 'planner',
  'agreement.sign': 'head',
  'part.write': 'division_head',
  // The planner takes in a whole quarter's figures from one workbook on the units' behalf; each
  // unit's head still submits their own part.
  'part.fillFor': 'planner',
  'part.submit': 'division_head',
  'part.withdraw': 'division_head',
  'part.verify': 'verifier',
  'part.return': 'verifier',
  'quarter.signOff': 'head',
  'quarter.return': 'head',
  'quarter.reopen': 'head',
  'settings.edit': 'planner',
  'reports.regenerate': 'planner',
};

/** Division heads act only on their own unit's part. */
const unitBound: ReadonlySet<TAction> = new Set(['part.write', 'part.submit', 'part.withdraw']);

/**
 * Who may give or take away each role, and so add, change or disable someone who holds it. The
 * head is appointed by the region's administrator; the head appoints the planner and verifiers;
 * the planner keeps the division heads and readers. System admins are set at onboarding only.
 */
const grantors: Readonly<Record<TRole, readonly TRole[]>> = {
  head: ['admin'],
  planner: ['head', 'admin'],
  verifier: ['head', 'admin'],
  division_head: ['planner', 'head', 'admin'],
  viewer: ['planner', 'head', 'admin'],
  admin: [],
};

/** Why two roles clash: each pair's rule, by its message key (`ruleMessages.roleClashes`). */
export type TRoleClash = 'divisionHeadVerifier' | 'plannerHead';

/** Roles one person never holds in one agency: the second would check the first's work. */
const incompatibleRoles: readonly { roles: readonly [TRole, TRole]; rule: TRoleClash }[] = [
  { roles: ['division_head', 'verifier'], rule: 'divisionHeadVerifier' },
  { roles: ['planner', 'head'], rule: 'plannerHead' },
];

/** Why the policy refuses: the role is missing, or the person would check their own work. */
export type TRefusal = 'role' | 'ownSubmission' | 'ownVerification' | 'ownRoles' | 'ownAppointment';

/** The system admin (neither agency nor region), or the administrator of the target's region. */
const administers = (user: TUser, target: Pick<TAccessTarget, 'regionId'>) =>
  user.roles.includes('admin') &&
  user.agencyId === undefined &&
  (user.regionId === undefined || user.regionId === target.regionId);

/** Whether the user may give or take `role` in the target agency. */
export function mayGrant(user: TUser, role: TRole, target: TAccessTarget): boolean {
  return grantors[role].some((grantor) =>
    grantor === 'admin'
      ? administers(user, target)
      : user.agencyId === target.agencyId && user.roles.includes(grantor),
  );
}

/** The incompatible pairs among the roles `held`. */
export const clashingRoles = (held: readonly TRole[]) =>
  incompatibleRoles.filter(({ roles: [a, b] }) => held.includes(a) && held.includes(b));

/**
 * Why the user may not change a person whose roles go from `before` (none for a newcomer) to
 * `after`, or null: nobody edits their own roles, and whoever changes someone must be able to
 * grant every role that person holds, before and after.
 */
export function userChangeRefusal(
  user: TUser,
  person: { id: string; before: readonly TRole[]; after: readonly TRole[] },
  target: TAccessTarget,
): TRefusal | null {
  if (person.id === user.id) return 'ownRoles';
  const touched = new Set([...person.before, ...person.after]);
  return [...touched].every((role) => mayGrant(user, role, target)) ? null : 'role';
}

/**
 * In which capacity the actor may take a workflow step: their own role ('own'), a duty they carry
 * as an acting official, or none. Their own role comes first.
 */
function capacityFor(
  actor: TActor,
  action: TWorkflowAction,
  target: TAccessTarget,
): 'own' | TActingDuty | null {
  const role = writers[action];
  const unitMatches = (unitId: string | undefined) =>
    !unitBound.has(action) || (target.unitId !== undefined && unitId === target.unitId);
  if (actor.agencyId === target.agencyId && actor.roles.includes(role) && unitMatches(actor.unitId))
    return 'own';
  const duty = actor.acting?.find(
    (candidate) =>
      candidate.agencyId === target.agencyId && candidate.duty === role && unitMatches(candidate.unitId),
  );
  return duty ?? null;
}

/** The acting capacity a step is taken in, for the record and the signature; undefined in one's own role. */
export function actingCapacity(
  actor: TActor,
  action: TAction,
  target: TAccessTarget,
): TActingCapacity | undefined {
  if (!isWorkflowAction(action)) return undefined;
  const capacity = capacityFor(actor, action, target);
  if (capacity === null || capacity === 'own') return undefined;
  return { kind: capacity.kind, duty: capacity.duty, unitId: capacity.unitId };
}

/**
 * Why the user may not appoint someone to carry `duty` as an acting official, or null: the head
 * delegates their own duty (or the region admin appoints), a division head's duty is for whoever
 * gives that role, and nobody appoints themselves.
 */
export function appointmentRefusal(
  user: TUser,
  order: { duty: TActingCapacity['duty']; userId: string },
  target: TAccessTarget,
): TRefusal | null {
  if (order.userId === user.id) return 'ownAppointment';
  return mayAppoint(user, order.duty, target) ? null : 'role';
}

/** Whether the user appoints acting officials for `duty`: the head's (the head, the region admin), a division head's (whoever gives that role). */
export const mayAppoint = (user: TUser, duty: TActingCapacity['duty'], target: TAccessTarget): boolean =>
  duty === 'head'
    ? administers(user, target) || (user.agencyId === target.agencyId && user.roles.includes('head'))
    : mayGrant(user, 'division_head', target);

/**
 * The one access rule of the product. Agency staff act within their agency, acting officials in
 * the duty they carry; the region admin (Bappeda) creates and restructures the region's agencies
 * and appoints their heads; region-wide viewers (Bappeda's readers, the Inspektorat) and the
 * system admin read, and never take part in the workflow (separation of duties).
 */
export function refusalOf(user: TActor, action: TAction, target: TAccessTarget): TRefusal | null {
  if (action === 'agency.read') {
    const reads =
      user.roles.includes('admin') ||
      user.agencyId === target.agencyId ||
      (user.agencyId === undefined && user.regionId === target.regionId) ||
      (user.acting ?? []).some((duty) => duty.agencyId === target.agencyId);
    return reads ? null : 'role';
  }
  // The whole region (its dashboard) is read by its own people (Bappeda, Inspektorat, Bupati) and
  // the system admin; the target's agency does not matter.
  if (action === 'region.read')
    return user.agencyId === undefined &&
      (user.regionId === target.regionId || (user.regionId === undefined && user.roles.includes('admin')))
      ? null
      : 'role';
  // Above the head's sign-off: the Bappeda, the administrator of the agency's own region, accepts
  // a quarter or sends it back; not the system admin, who stands outside every region's cycle.
  if (action === 'quarter.accept' || action === 'quarter.sendBack')
    return user.roles.includes('admin') && user.agencyId === undefined && user.regionId === target.regionId
      ? null
      : 'role';
  if (action === 'users.manage') return roles.some((role) => mayGrant(user, role, target)) ? null : 'role';
  if (action === 'agencies.manage') return administers(user, target) ? null : 'role';
  // Putting a failed email or report run back in line is the planner's, or the administrator's.
  if (action === 'outbox.retry')
    return administers(user, target) || (user.agencyId === target.agencyId && user.roles.includes('planner'))
      ? null
      : 'role';
  // The region's calendar (its days off, its deadline rule, an agency's extension) is the Bappeda's,
  // and so is asking for the region's compiled files again in another language (English).
  if (action === 'calendar.manage' || action === 'regionReports.regenerate')
    return administers(user, target) ? null : 'role';
  if (capacityFor(user, action, target) === null) return 'role';
  if ((action === 'part.verify' || action === 'part.return') && target.submittedBy === user.id)
    return 'ownSubmission';
  if (action === 'quarter.signOff' && target.verifiedBy?.includes(user.id)) return 'ownVerification';
  return null;
}

/** Whether the user keeps the region's calendar: its administrator, or the system admin. */
export const keepsCalendar = (user: TUser, regionId: string): boolean => administers(user, { regionId });

/** Whether the policy allows the user the action on the target. */
export const isAllowed = (user: TActor, action: TAction, target: TAccessTarget): boolean =>
  refusalOf(user, action, target) === null;
