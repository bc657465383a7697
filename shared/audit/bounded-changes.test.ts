import { describe, expect, it } from 'vitest';
import { boundedChanges } from './bounded-changes.js';

const change = (path: string, after: string) => ({ path, before: null, after });

describe('boundedChanges', () => {
  it('keeps every change that fits, and says nothing of omissions', () => {
    const changes = [change('a', 'x'), change('b', 'y')];
    expect(boundedChanges(changes, 1000)).toEqual({ changes });
  });

  it('keeps the changes in order while they fit and counts the rest', () => {
    const changes = [change('a', 'x'.repeat(40)), change('b', 'y'.repeat(40)), change('c', 'z')];
    const bounded = boundedChanges(changes, 100);
    expect(bounded).toEqual({ changes: [changes[0]], changesOmitted: 2 });
  });

  it('counts bytes, not characters: three-byte letters fill it three times as fast', () => {
    const changes = [change('a', '€'.repeat(30)), change('b', 'c')];
    expect(boundedChanges(changes, 90).changesOmitted).toBe(2);
    expect(boundedChanges(changes, 200).changesOmitted).toBeUndefined();
  });
});
