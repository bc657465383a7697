import { describe, expect, it, vi } from 'vitest';
import { computedOnce } from './computed-once.js';

type TInput = { agreement: object; parts: readonly { value: number }[] };
const total = ({ parts }: TInput) => ({ total: parts.reduce((sum, part) => sum + part.value, 0) });
const inputsOf = ({ agreement, parts }: TInput) => [agreement, ...parts];

describe('computedOnce', () => {
  const agreement = {};
  const a = { value: 1 };
  const b = { value: 2 };

  it('computes once for the very same inputs, in a new array or not, and freezes the result', () => {
    const compute = vi.fn(total);
    const kept = computedOnce(compute, inputsOf);
    const first = kept({ agreement, parts: [a, b] });
    expect(kept({ agreement, parts: [a, b] })).toBe(first);
    expect(compute).toHaveBeenCalledTimes(1);
    expect(first).toEqual({ total: 3 });
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('computes anew when any input is another object, equal or not, or there is one more or less', () => {
    const compute = vi.fn(total);
    const kept = computedOnce(compute, inputsOf);
    kept({ agreement, parts: [a, b] });
    expect(kept({ agreement, parts: [a, { value: 5 }] })).toEqual({ total: 6 });
    expect(kept({ agreement, parts: [a, { value: 2 }] })).toEqual({ total: 3 });
    expect(kept({ agreement: {}, parts: [a, b] })).toEqual({ total: 3 });
    expect(kept({ agreement, parts: [a] })).toEqual({ total: 1 });
    expect(compute).toHaveBeenCalledTimes(5);
  });

  it('keeps the most recently used, forgetting the oldest', () => {
    const compute = vi.fn(total);
    const kept = computedOnce(compute, inputsOf, 2);
    kept({ agreement, parts: [a] });
    kept({ agreement, parts: [b] });
    kept({ agreement, parts: [a] }); // used again: now the newest
    kept({ agreement, parts: [a, b] }); // forgets [b]
    kept({ agreement, parts: [a] });
    expect(compute).toHaveBeenCalledTimes(3);
    kept({ agreement, parts: [b] });
    expect(compute).toHaveBeenCalledTimes(4);
  });
});
