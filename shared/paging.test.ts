import { describe, expect, it } from 'vitest';
import { encodeCursor, ZCursorSchema } from './paging.js';

describe('a page cursor', () => {
  it('hands back the key it was made from, whatever its characters', () => {
    const key = {
      pk: 'OUTBOX#ev-1',
      sk: 'OUTBOX',
      gsi2pk: 'OUTBOX#FAILED',
      gsi2sk: 'dinsos#2031-04-07T00:20:00.000Z#é',
    };
    const cursor = encodeCursor(key);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(ZCursorSchema.parse(cursor)).toEqual(key);
  });

  it('refuses what no page handed out, naming why', () => {
    const notJson = encodeCursor({ a: 'b' }).slice(0, 5);
    for (const cursor of [
      '',
      '%%%',
      notJson,
      btoa('[1,2]'),
      btoa('{}'),
      btoa('{"pk":1}'),
      'A'.repeat(4001),
    ]) {
      const result = ZCursorSchema.safeParse(cursor);
      expect(result.success, cursor).toBe(false);
      expect(result.error?.issues[0]?.message).toContain('penanda halaman tidak dikenali');
    }
  });
});
