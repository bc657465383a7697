import { clashingRoles, mayGrant, userChangeRefusal } from '../../shared/access/policy.js';
import { AppError, type FieldIssue, fieldIssue } from '../../shared/app-error.js';
import { diffValues } from '../../shared/diff.js';
import { t } from '../../shared/i18n.js';
import { apiMessages } from '../../shared/messages/api.js';
import { ruleMessages } from '../../shared/messages/rules.js';
import {
  type TAgency,
  type TRole,
  type TUser,
  type TUserProfile,
  ZUserProfileSchema,
} from '../../shared/model/organisation.js';
import { beginChange } from '../change.js';
import type { TClock } from '../clock.js';
import { getUser, getUserByEmail, listMembers } from '../db/organisation.js';
import { userUpdates } from '../db/users.js';
import { loadAgency } from './load-agency.js';

/** What a planner sets of a colleague: the agency is theirs, and nobody becomes a system admin here. */
export type TUserEntry = Omit<TUserProfile, 'agencyId' | 'regionId'>;

/** The agency's users (every member may see who is who). */
export async function listUsers(options: { user: TUser; agencyId: string }): Promise<TUser[]> {
  await loadAgency(options.user, options.agencyId, 'agency.read');
  return (await listMembers(options.agencyId)).sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * 403 unless the user may change this person: not their own roles, and only roles they may
 * grant (shared/access/policy.ts says who grants what).
 */
function assertMayChange(user: TUser, agency: TAgency, before: readonly TRole[], entry: TUserEntry): void {
  const target = { regionId: agency.regionId, agencyId: agency.id };
  const refusal = userChangeRefusal(user, { id: entry.id, before, after: entry.roles }, target);
  if (!refusal) return;
  const issues: FieldIssue[] =
    refusal === 'ownRoles'
      ? [fieldIssue('roles', t(apiMessages).ownRolesChanged)]
      : [...new Set([...before, ...entry.roles])]
          .filter((role) => !mayGrant(user, role, target))
          .map((role) => fieldIssue('roles', t(apiMessages).roleGrantedBy[role]));
  throw new AppError('FORBIDDEN', t(apiMessages).mayNotChangeRoles, {
    issues,
    details: { action: 'users.manage', refusal },
  });
}

/**
 * Adds a user to the agency or changes one (planner, head or region admin, each for the roles
 * they grant): roles, unit, name, language. A division head needs a unit of the agency; the
 * change is on the record of the agency's settings.
 */
export async function saveUser(options: {
  user: TUser;
  agencyId: string;
  entry: TUserEntry;
  clock?: TClock;
}): Promise<TUser | TUserProfile> {
  const { user, agencyId, entry } = options;
  const { agency, units } = await loadAgency(user, agencyId, 'users.manage');
  if (entry.id === user.id) assertMayChange(user, agency, user.roles, entry);
  const issues = clashingRoles(entry.roles).map(({ rule }) =>
    fieldIssue('roles', t(ruleMessages).roleClashes[rule]),
  );
  if (entry.roles.includes('admin')) issues.push(fieldIssue('roles', t(apiMessages).roleGrantedBy.admin));
  if (entry.roles.includes('division_head') && !units.some((unit) => unit.id === entry.unitId)) {
    issues.push(fieldIssue('unitId', t(apiMessages).divisionHeadNeedsUnit));
  }
  const [current, sameEmail] = await Promise.all([getUser(entry.id), getUserByEmail(entry.email)]);
  if (current && current.agencyId !== agencyId) issues.push(fieldIssue('id', t(apiMessages).idUsedElsewhere));
  if (sameEmail && sameEmail.id !== entry.id) issues.push(fieldIssue('email', t(apiMessages).emailTaken));
  if (issues.length > 0) {
    throw new AppError('BAD_REQUEST', t(apiMessages).userInvalid, {
      issues,
    });
  }
  assertMayChange(user, agency, current?.roles ?? [], entry);
  const saved: TUserProfile = {
    ...entry,
    agencyId,
    unitId: entry.roles.includes('division_head') ? entry.unitId : undefined,
  };
  const change = beginChange({ user, clock: options.clock, agency });
  const audit = change.audit({
    subject: { kind: 'settings' },
    action: current ? 'updateUser' : 'addUser',
    changes: diffValues(current ? ZUserProfileSchema.parse(current) : {}, saved).map((value) => ({
      ...value,
      path: `users.${entry.id}.${value.path}`,
    })),
  });
  await change.commit({
    writes: [],
    updates: [userUpdates.profile(saved, current)],
    audit: [audit],
    // A newcomer is invited to sign in (on AWS: a Cognito invitation in their language).
    outbox: current ? [] : [change.outbox('user.invite', { userId: saved.id })],
  });
  return (await getUser(saved.id)) ?? saved;
}
