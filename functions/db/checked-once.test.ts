import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import { checkedOnce, deepFreeze } from './checked-once.js';

const ZPartSchema = z.object({ unitId: z.string(), realisations: z.array(z.object({ value: z.number() })) });
const stored = (value: number) => ({ pk: 'AGENCY#a#YEAR#2019', unitId: 'u', realisations: [{ value }] });

describe('checkedOnce', () => {
  it('checks an item once, however often it is read, and gives back the one frozen record', () => {
    const parse = vi.fn((item: unknown) => ZPartSchema.parse(item));
    const check = checkedOnce(parse);
    const first = check(stored(22.4));
    expect(check(stored(22.4))).toBe(first);
    expect(parse).toHaveBeenCalledTimes(1);
    expect(first).toEqual({ unitId: 'u', realisations: [{ value: 22.4 }] });
    expect(Object.isFrozen(first.realisations[0])).toBe(true);
  });

  it('checks anew an item changed in any way, its revision the same or not', () => {
    const parse = vi.fn((item: unknown) => ZPartSchema.parse(item));
    const check = checkedOnce(parse);
    expect(check(stored(22.4)).realisations[0]?.value).toBe(22.4);
    expect(check(stored(23)).realisations[0]?.value).toBe(23);
    expect(parse).toHaveBeenCalledTimes(2);
  });

  it('refuses as the schema does, keeping nothing of a bad item', () => {
    const parse = vi.fn((item: unknown) => ZPartSchema.parse(item));
    const check = checkedOnce(parse);
    const bad = { ...stored(1), realisations: [{ value: 'x' }] };
    expect(() => check(bad)).toThrow();
    expect(() => check(bad)).toThrow();
    expect(parse).toHaveBeenCalledTimes(2);
  });

  it('keeps the most recently read, forgetting the oldest', () => {
    const parse = vi.fn((item: unknown) => ZPartSchema.parse(item));
    const check = checkedOnce(parse, { kept: 2 });
    check(stored(1));
    check(stored(2));
    check(stored(1)); // read again: now the newest
    check(stored(3)); // forgets 2
    check(stored(1));
    expect(parse).toHaveBeenCalledTimes(3);
    check(stored(2));
    expect(parse).toHaveBeenCalledTimes(4);
  });

  it('keys by `keyOf` where it is given', () => {
    const parse = vi.fn((item: unknown) => ZPartSchema.parse(item));
    const check = checkedOnce(parse, { keyOf: (item) => String(item.pk) });
    expect(check(stored(2))).toBe(check(stored(1)));
    expect(parse).toHaveBeenCalledTimes(1);
  });
});

describe('deepFreeze', () => {
  it('freezes every object and array within, so a shared record cannot be changed', () => {
    const realisations = [{ value: 1 }];
    const record = deepFreeze({ parts: [{ realisations }] });
    expect(() => realisations.push({ value: 2 })).toThrow(TypeError);
    expect(() => Object.assign(realisations[0] ?? {}, { value: 2 })).toThrow(TypeError);
    expect(record).toEqual({ parts: [{ realisations: [{ value: 1 }] }] });
  });
});
