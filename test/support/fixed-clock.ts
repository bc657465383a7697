import type { TClock } from '../../functions/clock.js';

/** A clock stopped at `at`, handing out ids `<prefix>-1`, `<prefix>-2`, … in turn. */
export function fixedClock(at: string, prefix = 'fixed'): TClock {
  let issued = 0;
  return { now: () => at, newId: () => `${prefix}-${++issued}` };
}
