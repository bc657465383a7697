import { clashingRoles, mayGrant, userChangeRefusal } from '../../shared/access/policy.js';
import { AppError, type FieldIssue, fieldIssue } from '../../shared/app-error.js';
import { diffValues } from '../../shared/diff.js';
import type { TText } from '../../shared/i18n.js';
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
import { say } from '../language.js';
import { loadAgency } from './load-agency.js';

/** What a planner sets of a colleague: the agency is theirs, and nobody becomes a system admin here. */
export type TUserEntry = Omit<TUserProfile, 'agencyId' | 'regionId'>;

/** The agency's users (every member may see who is who). */
export async function listUsers(options: { user: TUser; agencyId: string }): Promise<TUser[]> {
  await loadAgency(options.user, options.agencyId, 'agency.read');
  return (await listMembers(options.agencyId)).sort((a, b) => a.name.localeCompare(b.name));
}

/** Who gives each role, said where the form refuses it. */
const grantedBy: Record<TRole, TText> = {
  head: { id: 'peran kepala diberikan oleh admin wilayah', en: 'the head role is given by the region admin' },
  planner: {
    id: 'peran perencana diberikan oleh kepala atau admin wilayah',
    en: 'the planner role is given by the head or the region admin',
  },
  verifier: {
    id: 'peran verifikator diberikan oleh kepala atau admin wilayah',
    en: 'the verifier role is given by the head or the region admin',
  },
  division_head: {
    id: 'peran kepala bidang diberikan oleh perencana, kepala atau admin wilayah',
    en: 'the division head role is given by the planner, the head or the region admin',
  },
  viewer: {
    id: 'peran pembaca diberikan oleh perencana, kepala atau admin wilayah',
    en: 'the reader role is given by the planner, the head or the region admin',
  },
  admin: { id: 'admin sistem tidak diatur di sini', en: 'system admins are not set here' },
};

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
      ? [
          fieldIssue('roles', {
            id: 'peran Anda sendiri diubah orang lain',
            en: 'someone else changes your roles',
          }),
        ]
      : [...new Set([...before, ...entry.roles])]
          .filter((role) => !mayGrant(user, role, target))
          .map((role) => fieldIssue('roles', grantedBy[role]));
  throw new AppError(
    'FORBIDDEN',
    say({ id: 'Anda tidak dapat mengubah peran ini', en: 'You may not change these roles' }),
    { issues, details: { action: 'users.manage', refusal } },
  );
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
  const issues = clashingRoles(entry.roles).map(({ rule }) => fieldIssue('roles', rule));
  if (entry.roles.includes('admin')) issues.push(fieldIssue('roles', grantedBy.admin));
  if (entry.roles.includes('division_head') && !units.some((unit) => unit.id === entry.unitId)) {
    issues.push(
      fieldIssue('unitId', {
        id: 'kepala bidang memerlukan unit perangkat daerah ini',
        en: 'a division head needs a unit of this agency',
      }),
    );
  }
  const [current, sameEmail] = await Promise.all([getUser(entry.id), getUserByEmail(entry.email)]);
  if (current && current.agencyId !== agencyId)
    issues.push(fieldIssue('id', { id: 'id ini dipakai di tempat lain', en: 'this id is used elsewhere' }));
  if (sameEmail && sameEmail.id !== entry.id)
    issues.push(fieldIssue('email', { id: 'email ini sudah dipakai', en: 'this email is taken' }));
  if (issues.length > 0) {
    throw new AppError('BAD_REQUEST', say({ id: 'Data pengguna belum benar', en: 'The user is not valid' }), {
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
  });
  return (await getUser(saved.id)) ?? saved;
}
