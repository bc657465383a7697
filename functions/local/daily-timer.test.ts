import { describe, expect, it } from 'vitest';
import { nextLocalHour } from './daily-timer.js';

describe('nextLocalHour', () => {
  it('finds 08:00 WITA today or tomorrow', () => {
    expect(nextLocalHour(new Date('2026-04-07T23:00:00Z'), 8, 'Asia/Makassar').toISOString()).toBe(
      '2026-04-08T00:00:00.000Z',
    );
    expect(nextLocalHour(new Date('2026-04-08T00:00:00Z'), 8, 'Asia/Makassar').toISOString()).toBe(
      '2026-04-09T00:00:00.000Z',
    );
    expect(nextLocalHour(new Date('2026-04-07T20:00:00Z'), 8, 'Asia/Jakarta').toISOString()).toBe(
      '2026-04-08T01:00:00.000Z',
    );
  });
});
