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

/**
 * Local mode only (`npm start -- --now <moment>`, or CAPAIAN_NOW): the product starts on another
 * day and its clock runs on from there, so January's home (last year's TW4 due, the LKj ahead)
 * can be tried on any day. Only the local start calls it; no Lambda entry does, so on AWS the
 * time is always the system's.
 */
export function startClockAt(moment: string): void {
  const offset = Date.parse(moment) - Date.now();
  if (!Number.isFinite(offset)) throw new Error(`not a moment: ${moment}`);
  systemClock.now = () => new Date(Date.now() + offset).toISOString();
}
