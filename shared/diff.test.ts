import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffValues } from './diff.js';

describe('diffValues', () => {
  it('lists changed leaves with their paths', () => {
    const before = { realisations: [{ id: 'a', value: 1 }, { id: 'b' }], note: 'x' };
    const after = {
      realisations: [
        { id: 'a', value: 2 },
        { id: 'b', value: 3 },
      ],
      note: 'x',
    };
    expect(diffValues(before, after)).toEqual([
      { path: 'realisations.0.value', before: 1, after: 2 },
      { path: 'realisations.1.value', before: null, after: 3 },
    ]);
  });

  it('finds nothing between equal values and something between different ones', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => diffValues(value, structuredClone(value)).length === 0));
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        fc.pre(!isDeepStrictEqual(a, b));
        return diffValues(a, b).length > 0;
      }),
    );
  });
});
