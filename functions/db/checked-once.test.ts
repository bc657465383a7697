import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import { checkedOnce, deepFreeze, versionOf } from './checked-once.js';

const ZPartSchema = z.object({ unitId: z.string(), realisations: z.array(z.object({ value: z.number() })) });
const stored = (value: number) => ({ pk: 'AGENCY#a#YEAR#2019', unitId: 'u', realisations: [{ value }] });
/** A stored version of the part: its key, revision and write. */
const version = (value: number, revision: number, pk = 'AGENCY#a#YEAR#2019') => ({
  ...stored(value),
  pk,
  sk: 'QUARTER#1#PART#u',
  revision,
  updatedAt: `2019-04-0${revision}T09:00:00+08:00`,
});

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

  it('knows a stored version by its key, revision and write where `versionOf` keys it', () => {
    const parse = vi.fn((item: unknown) => ZPartSchema.parse(item));
    const check = checkedOnce(parse, { keyOf: versionOf });
    const first = check(version(22.4, 1));
    // Every write counts the revision up: the same revision is the same content.
    expect(check(version(99, 1))).toBe(first);
    expect(check(version(23, 2)).realisations[0]?.value).toBe(23);
    expect(check(version(24, 1, 'AGENCY#b#YEAR#2019')).realisations[0]?.value).toBe(24);
    expect(parse).toHaveBeenCalledTimes(3);
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
});

describe('versionOf', () => {
  it('tells versions apart by key, revision and write; others by their whole content', () => {
    expect(versionOf(version(1, 1))).toBe(versionOf(version(2, 1)));
    expect(versionOf(version(1, 1))).not.toBe(versionOf(version(1, 2)));
    expect(versionOf(version(1, 1))).not.toBe(versionOf({ ...version(1, 1), updatedAt: 'later' }));
    expect(versionOf(stored(1))).toBe(JSON.stringify(stored(1)));
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
