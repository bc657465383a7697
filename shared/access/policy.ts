import type { TRole, TUser } from '../model/organisation.js';

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
] as const;
export type TAction = (typeof actions)[number];

/** What an action is about: always an agency (within its region), sometimes one unit's part. */
export type TAccessTarget = { regionId: string; agencyId: string; unitId?: string };

/** Which role may do which write, within its own agency. Reads are open to every member. */
const writers: Record<Exclude<TAction, 'agency.read'>, TRole> = {
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
 * The one access rule of the product. Agency staff act within their agency; region-wide viewers
 * and the system admin read, and never take part in the workflow (separation of duties).
 */
export function isAllowed(user: TUser, action: TAction, target: TAccessTarget): boolean {
  if (action === 'agency.read') {
    return (
      user.roles.includes('admin') ||
      user.agencyId === target.agencyId ||
      (user.agencyId === undefined && user.regionId === target.regionId)
    );
  }
  if (user.agencyId !== target.agencyId || !user.roles.includes(writers[action])) return false;
  return !unitBound.has(action) || (target.unitId !== undefined && user.unitId === target.unitId);
}
