import type { TActor } from '../../shared/access/policy.js';
import type { TActingAssignment, THomeActingNotice } from '../../shared/model/acting.js';
import { actingNotices, type TActingNotice } from '../../shared/model/acting-notices.js';
import { namedPerson } from '../../shared/model/named-person.js';
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
 * in force or coming (from their record, any agency), and who carries their own. The names are
 * read only when there is something to tell: a unit's division heads, those standing in.
 */
export async function homeActingNotices(user: TActor, at: string): Promise<THomeActingNotice[]> {
  const ofTheirAgency = user.agencyId && holdsDuty(user) ? await agencyActing.get(user.agencyId) : [];
  const byId = new Map([...(user.appointments ?? []), ...ofTheirAgency].map((a) => [a.id, a]));
  const { carried, carriedForMe } = actingNotices(user, [...byId.values()], at);
  if (carried.length + carriedForMe.length === 0) return [];
  const names = await namesFor(
    carried.map(({ assignment }) => assignment),
    carriedForMe.map(({ assignment }) => assignment),
  );
  const told = ({ assignment, standing }: TActingNotice, side: THomeActingNotice['side']) => {
    const found = names.agencies.get(assignment.agencyId);
    return {
      assignment,
      standing,
      side,
      agency: found?.agency.shortName ?? assignment.agencyId,
      unit: found?.units.find((unit) => unit.id === assignment.unitId)?.name,
    };
  };
  return [
    ...carried.map((notice) => ({ ...told(notice, 'carrying'), absent: names.absent(notice.assignment) })),
    ...carriedForMe.map((notice) => ({
      ...told(notice, 'carriedBy'),
      standIn: names.standIn(notice.assignment),
    })),
  ];
}

/** The names the notices are told in: the agencies, the officials away, the stand-ins. */
async function namesFor(carried: TActingAssignment[], carriedForMe: TActingAssignment[]) {
  const withDivisions = new Set(carried.filter((a) => a.duty === 'division_head').map((a) => a.agencyId));
  const [members, standIns] = await Promise.all([
    Promise.all([...withDivisions].map(listMembers)),
    carriedForMe.length > 0 ? getUsers(carriedForMe.map((a) => a.userId)) : [],
  ]);
  const agencyIds = [...carried, ...carriedForMe, ...standIns].flatMap((a) => a.agencyId ?? []);
  const found = await Promise.all([...new Set(agencyIds)].map(cachedAgency));
  const agencies = new Map(found.flatMap((record) => (record ? [[record.agency.id, record] as const] : [])));
  const shortNames = new Map([...agencies].map(([id, record]) => [id, record.agency.shortName]));
  return {
    agencies,
    /** The head as the agency records them, or the unit's division heads who may sign in. */
    absent: ({ agencyId, duty, unitId }: TActingAssignment) =>
      duty === 'head'
        ? agencies.get(agencyId)?.agency.head.name
        : members
            .flat()
            .filter(
              (p) =>
                p.agencyId === agencyId &&
                p.unitId === unitId &&
                p.roles.includes('division_head') &&
                !p.disabled,
            )
            .map((p) => p.name)
            .join(', ') || undefined,
    standIn: ({ agencyId, userId }: TActingAssignment) => {
      const person = standIns.find((candidate) => candidate.id === userId);
      return person && namedPerson(person, agencyId, shortNames);
    },
  };
}
