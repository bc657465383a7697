import { AppError, type FieldIssue, fieldIssue } from '../../shared/app-error.js';
import { localYear } from '../../shared/calendar/due-date.js';
import { diffValues } from '../../shared/diff.js';
import { t } from '../../shared/i18n.js';
import { apiMessages } from '../../shared/messages/api.js';
import { regionMessages } from '../../shared/messages/region.js';
import type { TNewAgency } from '../../shared/model/onboarding.js';
import type { TAgency, TUnit, TUser, TUserProfile } from '../../shared/model/organisation.js';
import { defaultStatusBands } from '../../shared/model/status-band.js';
import { summariseAgency } from '../../shared/region/summarise-agency.js';
import { forgetAgency } from '../agency/load-agency.js';
import { authorize } from '../auth/authorize.js';
import { beginChange } from '../change.js';
import type { TClock } from '../clock.js';
import { agencySummaryItem } from '../db/agency-summaries.js';
import { agencyEntity, unitEntity } from '../db/entities.js';
import { getAgencyWithUnits, getRegion, getUser, getUserByEmail } from '../db/organisation.js';
import { userUpdates } from '../db/users.js';

export type CreateAgencyOptions = { user: TUser; regionId: string; entry: TNewAgency; clock?: TClock };

export type TCreatedAgency = { agency: TAgency; units: TUnit[]; users: TUserProfile[] };

/** 400 naming each appointee whose id or address someone already has. */
async function peopleIssues(entry: TNewAgency): Promise<FieldIssue[]> {
  const people = [
    ['head', entry.head],
    ['planner', entry.planner],
  ] as const;
  const found = await Promise.all(
    people.map(([, person]) => Promise.all([getUser(person.id), getUserByEmail(person.email)])),
  );
  return people.flatMap(([field, person], index) => {
    const [sameId, sameEmail] = found[index] ?? [];
    return [
      ...(sameId ? [fieldIssue(`${field}.id`, t(apiMessages).idUsedElsewhere)] : []),
      ...(sameEmail && sameEmail.id !== person.id
        ? [fieldIssue(`${field}.email`, t(apiMessages).emailTaken)]
        : []),
    ];
  });
}

/**
 * The region admin (Bappeda) creates an agency with its units, and appoints its head and its
 * planner, in one change on the new agency's record. Each appointee is invited to sign in (on AWS
 * a Cognito invitation, in Indonesian) by the outbox once the change is committed.
 */
export async function createAgency(options: CreateAgencyOptions): Promise<TCreatedAgency> {
  const { user, regionId, entry } = options;
  authorize(user, 'agencies.manage', { regionId, agencyId: entry.id });
  const region = await getRegion(regionId);
  if (!region) throw new AppError('NOT_FOUND', t(regionMessages).regionNotFound(regionId));
  const [existing, issues] = await Promise.all([getAgencyWithUnits(entry.id), peopleIssues(entry)]);
  if (existing) issues.unshift(fieldIssue('id', t(regionMessages).agencyIdTaken));
  if (issues.length > 0) throw new AppError('BAD_REQUEST', t(regionMessages).agencyInvalid, { issues });

  const { head, planner } = entry;
  const agency: TAgency = {
    id: entry.id,
    regionId,
    name: entry.name,
    shortName: entry.shortName,
    head: { name: head.name, rank: head.rank, nip: head.nip },
    timeZone: entry.timeZone ?? region.timeZone,
  };
  const units: TUnit[] = entry.units.map((unit) => ({ ...unit, agencyId: agency.id }));
  const staff = (person: typeof head | typeof planner, role: 'head' | 'planner'): TUserProfile => ({
    ...person,
    roles: [role],
    agencyId: agency.id,
    locale: 'id',
    remindersOff: false,
  });
  const users = [staff(head, 'head'), staff(planner, 'planner')];

  const change = beginChange({ user, clock: options.clock, agency });
  // The region's dashboard lists it from now on, its quarters not yet open; the outbox keeps it after.
  const summary = summariseAgency({
    agency,
    year: localYear(new Date(change.at), agency.timeZone),
    bands: defaultStatusBands,
    settingsRevision: 0,
    agreements: [],
    quarters: [],
    parts: [],
    now: change.at,
  });
  const items = [agencyEntity.item(agency), ...units.map(unitEntity.item), agencySummaryItem(summary)];
  await change.commit({
    writes: items.map((item) => ({ item, expectedRevision: 'new' })),
    updates: users.map((profile) => userUpdates.profile(profile, undefined)),
    audit: [
      change.audit({
        subject: { kind: 'settings' },
        action: 'createAgency',
        changes: diffValues({}, { agency, units }),
      }),
      ...users.map((profile) =>
        change.audit({
          subject: { kind: 'settings' },
          action: 'addUser',
          changes: diffValues({}, profile).map((value) => ({
            ...value,
            path: `users.${profile.id}.${value.path}`,
          })),
        }),
      ),
    ],
    outbox: users.map((profile) => change.outbox('user.invite', { userId: profile.id })),
  });
  forgetAgency(agency.id);
  return { agency, units, users };
}
