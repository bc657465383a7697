import type { TActingAssignment } from '../../shared/model/acting.js';
import type { TUser, TUserProfile } from '../../shared/model/organisation.js';
import { checkedOnce } from './checked-once.js';
import type { TItemUpdate } from './commit.js';
import { actingEntity, identityEntity, userEntity } from './entities.js';
import { keys, systemScope } from './keys.js';
import { getItem, queryItems } from './query.js';

/** The user a sign-in identity (a token's `sub`) is bound to. */
export async function boundUserId(sub: string): Promise<string | undefined> {
  return (await getItem(identityEntity, keys.identity(sub), { consistent: true }))?.userId;
}

// Read by every request: each record checked once per process (checked-once.ts), frozen. Keyed by
// its whole content: a change of access takes effect on the next request, whoever wrote it and how.
const signedInRecord = checkedOnce(userEntity.parse);
const actingRecord = checkedOnce(actingEntity.parse);

const exists = { expression: 'attribute_exists(pk)', values: {} };

/**
 * A user with the acting assignments they carry (past, current and coming), in one strongly
 * consistent query of their partition: what every authenticated request reads.
 */
export async function getUserWithActing(
  userId: string,
): Promise<{ user: TUser; acting: TActingAssignment[] } | undefined> {
  const items = await queryItems({ partition: keys.userPartition(userId), consistent: true });
  const user = items.find(userEntity.is);
  return user && { user: signedInRecord(user), acting: items.filter(actingEntity.is).map(actingRecord) };
}

/** An agency's acting assignments, in the order they begin. */
export async function listAgencyActing(agencyId: string): Promise<TActingAssignment[]> {
  return (await queryItems({ index: 'gsi1', partition: keys.agencyActing(agencyId) })).map(
    actingEntity.parse,
  );
}

/** Only while the stored record is the one read (records loaded before revisions were kept have none). */
const unchangedSince = (user: TUser) =>
  user.revision === undefined
    ? {
        expression: 'attribute_exists(pk) AND attribute_not_exists(#rev)',
        names: { '#rev': 'revision' },
        values: {},
      }
    : { expression: '#rev = :seen', names: { '#rev': 'revision' }, values: { ':seen': user.revision } };

/**
 * The writes of a user record, each touching only its own attributes: a colleague's profile, the
 * user's own preferences and the sign-in identity never overwrite one another.
 */
export const userUpdates = {
  /** The profile as the planner, head or admin sets it: a new user only where none is, else the record as read. */
  profile: (profile: TUserProfile, seen: TUser | undefined): TItemUpdate => ({
    key: keys.user(profile.id),
    set: {
      type: userEntity.type,
      ...keys.userIndexes(profile.id, profile.agencyId ?? profile.regionId ?? systemScope, profile.email),
      id: profile.id,
      email: profile.email,
      name: profile.name,
      rank: profile.rank,
      nip: profile.nip,
      roles: profile.roles,
      regionId: profile.regionId,
      agencyId: profile.agencyId,
      unitId: profile.unitId,
      locale: profile.locale,
      remindersOff: profile.remindersOff,
    },
    condition: seen ? unchangedSince(seen) : { expression: 'attribute_not_exists(pk)', values: {} },
  }),
  /** The user's own choices, whatever else changed meanwhile. */
  preferences: (
    userId: string,
    preferences: Partial<Pick<TUser, 'locale' | 'remindersOff'>>,
  ): TItemUpdate => ({
    key: keys.user(userId),
    set: Object.fromEntries(Object.entries(preferences).filter(([, value]) => value !== undefined)),
    condition: exists,
  }),
  /** Whether the user may sign in: only on the record as read (a role changed meanwhile is a 409). */
  access: (seen: TUser, disabled: boolean): TItemUpdate => ({
    key: keys.user(seen.id),
    set: { disabled: disabled || undefined },
    condition: unchangedSince(seen),
  }),
  /** Who signs in as the user: set once. */
  identity: (userId: string, sub: string): TItemUpdate => ({
    key: keys.user(userId),
    set: { sub },
    condition: {
      expression: 'attribute_exists(pk) AND attribute_not_exists(#sub)',
      names: { '#sub': 'sub' },
      values: {},
    },
  }),
};
