import { clashingRoles } from '../../shared/access/policy.js';
import { AppError, type FieldIssue, fieldIssue } from '../../shared/app-error.js';
import { localYear } from '../../shared/calendar/due-date.js';
import { t } from '../../shared/i18n.js';
import { apiMessages } from '../../shared/messages/api.js';
import { regionMessages } from '../../shared/messages/region.js';
import type { TTransfer } from '../../shared/model/onboarding.js';
import { type TUser, type TUserProfile, ZUserProfileSchema } from '../../shared/model/organisation.js';
import { unitsOfYear } from '../../shared/model/unit-history.js';
import { loadAgency } from '../agency/load-agency.js';
import { beginChange } from '../change.js';
import type { TClock } from '../clock.js';
import { getUser } from '../db/organisation.js';
import { userUpdates } from '../db/users.js';

export type TransferUserOptions = { user: TUser; userId: string; entry: TTransfer; clock?: TClock };

/**
 * The region admin moves a person to another agency of the region, with the roles and unit they
 * take there; on the record of both agencies. What they did in the old agency stays there under
 * their name (parts keep who submitted and verified them, the audit trail who acted).
 */
export async function transferUser(options: TransferUserOptions): Promise<TUser> {
  const { user, userId, entry } = options;
  const person = await getUser(userId);
  if (!person) throw new AppError('NOT_FOUND', t(apiMessages).userIdNotFound(userId));
  if (!person.agencyId)
    throw new AppError('BAD_REQUEST', t(regionMessages).moveInvalid, {
      issues: [fieldIssue('userId', t(regionMessages).notAgencyStaff)],
    });
  const from = await loadAgency(user, person.agencyId, 'agencies.manage');
  const to = await loadAgency(user, entry.toAgencyId, 'agencies.manage');
  if (person.id === user.id)
    throw new AppError('FORBIDDEN', t(apiMessages).refusals.ownRoles, {
      details: { action: 'agencies.manage', refusal: 'ownRoles' },
    });
  const out = beginChange({ user, clock: options.clock, agency: from.agency });
  const into = beginChange({ user, clock: options.clock, agency: to.agency });
  const units = unitsOfYear(to.units, localYear(new Date(into.at), to.agency.timeZone));
  const issues: FieldIssue[] = clashingRoles(entry.roles).map(({ rule }) => fieldIssue('roles', rule));
  if (to.agency.id === from.agency.id) issues.push(fieldIssue('toAgencyId', t(regionMessages).alreadyThere));
  if (entry.roles.includes('admin')) issues.push(fieldIssue('roles', t(apiMessages).roleGrantedBy.admin));
  if (entry.roles.includes('division_head') && !units.some((unit) => unit.id === entry.unitId))
    issues.push(fieldIssue('unitId', t(apiMessages).divisionHeadNeedsUnit));
  if (issues.length > 0) throw new AppError('BAD_REQUEST', t(regionMessages).moveInvalid, { issues });

  const moved: TUserProfile = {
    ...ZUserProfileSchema.parse(person),
    agencyId: to.agency.id,
    roles: entry.roles,
    unitId: entry.roles.includes('division_head') ? entry.unitId : undefined,
  };
  const changes = [
    { path: `users.${userId}.agencyId`, before: from.agency.id, after: to.agency.id },
    { path: `users.${userId}.roles`, before: person.roles, after: moved.roles },
    { path: `users.${userId}.unitId`, before: person.unitId ?? null, after: moved.unitId ?? null },
  ];
  const audit = { subject: { kind: 'settings' as const }, reason: entry.reason, changes };
  await out.commit({
    writes: [],
    updates: [userUpdates.profile(moved, person)],
    audit: [out.audit({ ...audit, action: 'transferOut' }), into.audit({ ...audit, action: 'transferIn' })],
  });
  return (await getUser(userId)) ?? { ...person, ...moved };
}
