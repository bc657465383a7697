import { describe, expect, it } from 'vitest';
import { keptTypingOf, typedOutline } from './kept-typing';

type TTyped = { units: { name: string }[]; head: { name: string } };
const outline = typedOutline<TTyped>({ units: 'list', head: 'object' });
const kept = (typed: unknown) =>
  JSON.stringify({ at: '2026-12-03T14:00:00.000Z', revision: 0, base: typed, typed });
const now = Date.parse('2026-12-03T15:00:00Z');

describe('typing half done, read back from the browser', () => {
  it('takes blank names and the like, which the form cannot send yet', () => {
    const typed = { units: [{ name: '' }], head: { name: '' } };
    expect(keptTypingOf(kept(typed), outline, now)?.typed).toEqual(typed);
  });

  it('refuses what has not the form’s outline', () => {
    expect(keptTypingOf(kept({ units: {}, head: { name: '' } }), outline, now)).toBeNull();
    expect(keptTypingOf(kept({ units: [], head: null }), outline, now)).toBeNull();
    expect(keptTypingOf(kept([]), outline, now)).toBeNull();
  });
});
