import { AppError, fieldIssue } from '../../shared/app-error.js';
import { localYear } from '../../shared/calendar/due-date.js';
import { diffValues } from '../../shared/diff.js';
import type { TUser } from '../../shared/model/organisation.js';
import { newAuditEvent } from '../audit-event.js';
import { commitChange } from '../db/commit.js';
import { getUser, getUserByEmail, listMembers, organisationItems } from '../db/organisation.js';
import { say } from '../language.js';
import { loadAgency } from './load-agency.js';

/** What a planner sets of a colleague: the agency is theirs, and nobody becomes a system admin here. */
export type TUserEntry = Omit<TUser, 'agencyId' | 'regionId'>;

/** The agency's users (every member may see who is who). */
export async function listUsers(options: { user: TUser; agencyId: string }): Promise<TUser[]> {
  await loadAgency(options.user, options.agencyId, 'agency.read');
  return (await listMembers(options.agencyId)).sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Adds a user to the agency or changes one (planner): roles, unit, name, language. A division
 * head needs a unit of the agency; the change is on the record of the agency's settings.
 */
export async function saveUser(options: {
  user: TUser;
  agencyId: string;
  entry: TUserEntry;
}): Promise<TUser> {
  const { user, agencyId, entry } = options;
  const { agency, units } = await loadAgency(user, agencyId, 'settings.edit');
  const issues = [];
  if (entry.roles.includes('admin'))
    issues.push(
      fieldIssue('roles', { id: 'admin sistem tidak diatur di sini', en: 'system admins are not set here' }),
    );
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
  const saved: TUser = {
    ...entry,
    agencyId,
    unitId: entry.roles.includes('division_head') ? entry.unitId : undefined,
  };
  const at = new Date().toISOString();
  const audit = newAuditEvent({
    user,
    at,
    agencyId,
    year: localYear(new Date(at), agency.timeZone),
    subject: { kind: 'settings' },
    action: current ? 'updateUser' : 'addUser',
    changes: diffValues(current ?? {}, saved).map((change) => ({
      ...change,
      path: `users.${entry.id}.${change.path}`,
    })),
  });
  await commitChange({
    writes: [{ item: organisationItems.user(saved), expectedRevision: 'any' }],
    audit: [audit],
  });
  return saved;
}
