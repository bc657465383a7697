import type { TAgency, TUnit, TUser } from '../model/organisation.js';

/** The agency's division heads of one unit (a unit may have an acting head beside its head). */
export const divisionHeadsOf = (users: readonly TUser[], agency: Pick<TAgency, 'id'>, unitId: TUnit['id']) =>
  users.filter((u) => u.agencyId === agency.id && u.unitId === unitId && u.roles.includes('division_head'));

/** The agency's heads (Kepala Dinas): whoever holds the role is escalated to. */
export const agencyHeadsOf = (users: readonly TUser[], agency: Pick<TAgency, 'id'>) =>
  users.filter((u) => u.agencyId === agency.id && u.roles.includes('head'));
