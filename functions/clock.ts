import { randomUUID } from 'node:crypto';

/**
 * Where a change takes its moment and its fresh ids from. Use cases take one in their options
 * (the system's when none is given), so a test can set the time.
 */
export type TClock = {
  /** The current moment, ISO 8601 in UTC. */
  now: () => string;
  /** A fresh unique id. */
  newId: () => string;
};

export const systemClock: TClock = { now: () => new Date().toISOString(), newId: randomUUID };
