import type { TActor } from '../../shared/access/policy.js';
import type { TActingAssignment, THomeActingNotice } from '../../shared/model/acting.js';
import { actingNotices } from '../../shared/model/acting-notices.js';
import { getUsers, listMembers } from '../db/organisation.js';
import { listAgencyActing } from '../db/users.js';
import { ttlCache } from '../ttl-cache.js';
import { cachedAgency } from './load-agency.js';

// Who stands in for a head or a division head, for their home (access reads the stand-in's own
// record): kept a minute, like the agency, and forgotten by the process that appoints or ends.
const agencyActing = ttlCache(60_000, listAgencyActing);

/** Makes the next home read the agency's acting officials anew (after this process changed them). */
export const forgetAgencyActing = (agencyId: string): void => {
  agencyActing.forget(agencyId);
};

const holdsDuty = (user: TActor) =>
  user.agencyId !== undefined && (user.roles.includes('head') || user.roles.includes('division_head'));

/**
 * What the person's home tells of acting officials, wherever they open it: the duties they carry
 * in force or coming (from their record, any agency), and who carries their own. Read only when
 * there is something to tell: the names of the absent officials (a unit's division heads) and of
 * those standing in.
 */
export async function homeActingNotices(user: TActor, at: string): Promise<THomeActingNotice[]> {
  const ofTheirAgency = user.agencyId && holdsDuty(user) ? await agencyActing.get(user.agencyId) : [];
  const byId = new Map([...(user.appointments ?? []), ...ofTheirAgency].map((a) => [a.id, a]));
  const { carried, carriedForMe } = actingNotices(user, [...byId.values()], at);
  if (carried.length + carriedForMe.length === 0) return [];
  const { agencies, divisionHeads, standIns } = await namesFor(
    carried.map(({ assignment }) => assignment),
    carriedForMe.map(({ assignment }) => assignment),
  );
  const told = (
    { assignment, standing }: (typeof carried)[number],
    side: THomeActingNotice['side'],
    person: string | undefined,
  ): THomeActingNotice => {
    const found = agencies.get(assignment.agencyId);
    const unit = found?.units.find((candidate) => candidate.id === assignment.unitId)?.name;
    const agency = found?.agency.shortName ?? assignment.agencyId;
    return { assignment, standing, side, agency, unit, person: person || undefined };
  };
  return [
    ...carried.map((notice) => {
      const { agencyId, duty, unitId } = notice.assignment;
      const absent =
        duty === 'head' ? agencies.get(agencyId)?.agency.head.name : divisionHeads(agencyId, unitId);
      return told(notice, 'carrying', absent);
    }),
    ...carriedForMe.map((notice) => told(notice, 'carriedBy', standIns.get(notice.assignment.userId))),
  ];
}

/** The agencies, the division heads of the agencies where a division head's duty is carried, the stand-ins. */
async function namesFor(carried: TActingAssignment[], carriedForMe: TActingAssignment[]) {
  const agencyIds = [...new Set([...carried, ...carriedForMe].map((a) => a.agencyId))];
  const withDivisions = [
    ...new Set(carried.filter((a) => a.duty === 'division_head').map((a) => a.agencyId)),
  ];
  const [agencies, members, standIns] = await Promise.all([
    Promise.all(agencyIds.map(async (id) => [id, await cachedAgency(id)] as const)),
    Promise.all(withDivisions.map(listMembers)),
    carriedForMe.length > 0 ? getUsers([...new Set(carriedForMe.map((a) => a.userId))]) : [],
  ]);
  const divisionHeads = (agencyId: string, unitId: string | undefined) =>
    members
      .flat()
      .filter(
        (p) =>
          p.agencyId === agencyId && p.unitId === unitId && p.roles.includes('division_head') && !p.disabled,
      )
      .map((p) => p.name)
      .join(', ');
  return {
    agencies: new Map(agencies.flatMap(([id, found]) => (found ? [[id, found] as const] : []))),
    divisionHeads,
    standIns: new Map(standIns.map((person) => [person.id, person.name])),
  };
}
