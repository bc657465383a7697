import { describe, expect, it } from 'vitest';
import { isAfter, localYear } from './due-date.js';

describe('due moments', () => {
  it('compare as instants across zones, not as strings', () => {
    const due = '2026-04-08T23:59:00+08:00'; // 15:59 UTC
    expect(isAfter('2026-04-08T15:58:59Z', due)).toBe(false);
    expect(isAfter('2026-04-08T16:00:00Z', due)).toBe(true);
    expect(isAfter('2026-04-09T00:30:00+09:00', due)).toBe(false);
  });

  it('fall in the agency’s year: a Makassar new year starts at 16:00 UTC', () => {
    expect(localYear(new Date('2026-12-31T15:59:59Z'), 'Asia/Makassar')).toBe(2026);
    expect(localYear(new Date('2026-12-31T16:00:00Z'), 'Asia/Makassar')).toBe(2027);
  });
});
