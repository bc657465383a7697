import { endOfDay } from '../calendar/quarter-deadline.js';
import type { TUser } from '../model/organisation.js';
import { seedAgency, seedUnits, seedUsers } from '../seed/organisation.js';
import type { PlanRemindersOptions, TPartStanding } from './plan-reminders.js';

/**
 * TW1 2026 of the seed agency (WITA), extended past the region's deadline (8 April) to Friday
 * 10 April 2026, 23:59 WITA = 15:59 UTC.
 */
export const dueTw1 = endOfDay('2026-04-10', seedAgency.timeZone);

const units = Object.values(seedUnits);

/** The seed agency's TW1 2026, each unit's part in the given state (default: none started). */
export const sweepOptions = (
  now: string,
  states: Partial<Record<string, TPartStanding['state']>> = {},
  users: TUser[] = seedUsers,
): PlanRemindersOptions => ({
  now,
  agency: seedAgency,
  quarters: [{ year: 2026, quarter: 1, state: 'open', dueAt: dueTw1 }],
  units,
  parts: Object.entries(states).flatMap(([unitId, state]) =>
    state ? [{ year: 2026, quarter: 1, unitId, state }] : [],
  ),
  users,
});

/** A seed user with some fields changed. */
export const withUser = (id: string, change: Partial<TUser>): TUser[] =>
  seedUsers.map((u) => (u.id === id ? { ...u, ...change } : u));
