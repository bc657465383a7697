import type { TText } from '../i18n.js';
import { roles, type TRole, type TUser } from '../model/organisation.js';

/** Everything a user can ask to do. Reads are separate from each kind of write. */
export const actions = [
  'agency.read',
  'agreement.edit',
  'agreement.submit',
  'agreement.sign',
  'part.write',
  'part.submit',
  'part.withdraw',
  'part.verify',
  'part.return',
  'quarter.signOff',
  'quarter.return',
  'quarter.reopen',
  'settings.edit',
  'reports.regenerate',
  'users.manage',
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

/** Which role may do which workflow write, within its own agency. Reads are open to every member. */
const writers: Record<Exclude<TAction, 'agency.read' | 'users.manage'>, TRole> = {
  'agreement.edit': 'planner',
  'agreement.submit': 'planner',
  'agreement.sign': 'head',
  'part.write': 'division_head',
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
export const grantors: Readonly<Record<TRole, readonly TRole[]>> = {
  head: ['admin'],
  planner: ['head', 'admin'],
  verifier: ['head', 'admin'],
  division_head: ['planner', 'head', 'admin'],
  viewer: ['planner', 'head', 'admin'],
  admin: [],
};

/** Roles one person never holds in one agency: the second would check the first's work. */
export const incompatibleRoles: readonly { roles: readonly [TRole, TRole]; rule: TText }[] = [
  {
    roles: ['division_head', 'verifier'],
    rule: {
      id: 'kepala bidang tidak sekaligus verifikator di perangkat daerah yang sama',
      en: 'a division head is not also a verifier in the same agency',
    },
  },
  {
    roles: ['planner', 'head'],
    rule: {
      id: 'perencana tidak sekaligus kepala di perangkat daerah yang sama',
      en: 'a planner is not also the head of the same agency',
    },
  },
];

/** Why the policy refuses: the role is missing, or the person would check their own work. */
export type TRefusal = 'role' | 'ownSubmission' | 'ownVerification' | 'ownRoles';

/** The system admin (neither agency nor region), or the administrator of the target's region. */
const administers = (user: TUser, target: TAccessTarget) =>
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
 * The one access rule of the product. Agency staff act within their agency; region-wide viewers
 * and the system admin read, and never take part in the workflow (separation of duties).
 */
export function refusalOf(user: TUser, action: TAction, target: TAccessTarget): TRefusal | null {
  if (action === 'agency.read') {
    const reads =
      user.roles.includes('admin') ||
      user.agencyId === target.agencyId ||
      (user.agencyId === undefined && user.regionId === target.regionId);
    return reads ? null : 'role';
  }
  if (action === 'users.manage') return roles.some((role) => mayGrant(user, role, target)) ? null : 'role';
  if (user.agencyId !== target.agencyId || !user.roles.includes(writers[action])) return 'role';
  if (unitBound.has(action) && (target.unitId === undefined || user.unitId !== target.unitId)) return 'role';
  if ((action === 'part.verify' || action === 'part.return') && target.submittedBy === user.id)
    return 'ownSubmission';
  if (action === 'quarter.signOff' && target.verifiedBy?.includes(user.id)) return 'ownVerification';
  return null;
}

/** Whether the policy allows the user the action on the target. */
export const isAllowed = (user: TUser, action: TAction, target: TAccessTarget): boolean =>
  refusalOf(user, action, target) === null;
