import type { TAgency, TUnit, TUser } from '../model/organisation.js';

/** Whoever of the agency holds the role and may still sign in: disabled users get no emails. */
const activeWith = (users: readonly TUser[], agency: Pick<TAgency, 'id'>, role: TUser['roles'][number]) =>
  users.filter((u) => u.agencyId === agency.id && !u.disabled && u.roles.includes(role));

/** The agency's division heads of one unit (a unit may have an acting head beside its head). */
export const divisionHeadsOf = (users: readonly TUser[], agency: Pick<TAgency, 'id'>, unitId: TUnit['id']) =>
  activeWith(users, agency, 'division_head').filter((u) => u.unitId === unitId);

/** The agency's heads (Kepala Dinas): whoever holds the role is escalated to. */
export const agencyHeadsOf = (users: readonly TUser[], agency: Pick<TAgency, 'id'>) =>
  activeWith(users, agency, 'head');
