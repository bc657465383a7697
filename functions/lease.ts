import { config } from './config.js';

/**
 * Until when a claim taken at `now` holds: LEASE_SECONDS later, which on AWS is the function's
 * timeout, so the claim cannot lapse while the run that took it may still be alive.
 */
export const leaseUntil = (now: string, seconds: number = config.LEASE_SECONDS): string =>
  new Date(Date.parse(now) + seconds * 1000).toISOString();
