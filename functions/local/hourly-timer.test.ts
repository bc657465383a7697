import { describe, expect, it } from 'vitest';
import { nextTopOfHour } from './hourly-timer.js';

describe('nextTopOfHour', () => {
  it('is the next full hour, never the present one', () => {
    expect(nextTopOfHour(new Date('2026-04-07T23:59:59.999Z')).toISOString()).toBe(
      '2026-04-08T00:00:00.000Z',
    );
    expect(nextTopOfHour(new Date('2026-04-08T00:00:00.000Z')).toISOString()).toBe(
      '2026-04-08T01:00:00.000Z',
    );
  });
});
