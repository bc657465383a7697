import { describe, expect, it } from 'vitest';
import { keptTypingOf } from '../../form/kept-typing';
import { mergeDrafts, restoreDraft } from './draft-merge';
import { draftFromContent, type TPartDraft, ZPartDraftSchema } from './part-draft';
import { empty, scope } from './part-draft.fixture';

const [first, second] = scope.places.map((place) => place.indicator.id);
const [program] = scope.programs.map((p) => p.code);
const [activity] = scope.activities.map((a) => a.code);
if (!first || !second || !program || !activity) throw new Error('the fixture unit reports too little');

const blank = draftFromContent(empty, scope, 'id');
/** The draft with one indicator's field, a budget amount or a narrative text set. */
function typed(draft: TPartDraft, change: { id?: string; value?: string; amount?: string; story?: string }) {
  const next = structuredClone(draft);
  const indicator = change.id && next.indicators[change.id];
  if (indicator && change.value !== undefined) indicator.value = change.value;
  if (change.amount !== undefined) next.budget[activity ?? ''] = change.amount;
  const narrative = next.narratives[program ?? ''];
  if (narrative && change.story !== undefined) narrative.activitiesCarriedOut = change.story;
  return next;
}

describe('typing kept while the part changed elsewhere', () => {
  it('keeps what was typed here and takes what changed elsewhere, field by field', () => {
    const mine = typed(typed(blank, { id: first, value: '12' }), { story: 'Penyaluran bantuan UEP' });
    const theirs = typed(typed(blank, { id: second, value: '40' }), { amount: '1.500.000' });
    const { draft, conflicts } = mergeDrafts(blank, mine, theirs);
    expect(draft.indicators[first]?.value).toBe('12');
    expect(draft.indicators[second]?.value).toBe('40');
    expect(draft.budget[activity]).toBe('1.500.000');
    expect(draft.narratives[program]?.activitiesCarriedOut).toBe('Penyaluran bantuan UEP');
    expect(conflicts).toHaveLength(0);
  });

  it('lists a field changed on both sides with the stored value, keeping what was typed here', () => {
    const mine = typed(blank, { id: first, value: '12' });
    const theirs = typed(typed(blank, { id: first, value: '15' }), { story: 'dari lembar kerja' });
    const { draft, conflicts } = mergeDrafts(blank, typed(mine, { story: 'diketik di ponsel' }), theirs);
    expect(draft.indicators[first]?.value).toBe('12');
    expect(draft.narratives[program]?.activitiesCarriedOut).toBe('diketik di ponsel');
    expect(conflicts.map(({ path, theirs }) => ({ path, theirs }))).toEqual([
      { path: `indicators.${first}.value`, theirs: '15' },
      { path: `narratives.${program}.activitiesCarriedOut`, theirs: 'dari lembar kerja' },
    ]);
  });

  it('takes the stored value of a field changed on both sides when asked, and only that field', () => {
    const mine = typed(typed(blank, { id: first, value: '12' }), { amount: '2.000' });
    const theirs = typed(typed(blank, { id: first, value: '15' }), { amount: '3.000' });
    const { draft, conflicts } = mergeDrafts(blank, mine, theirs);
    const [figure, amount] = conflicts;
    if (!figure || !amount) throw new Error('two conflicts expected');
    const taken = figure.takeStored(draft);
    expect(taken.indicators[first]?.value).toBe('15');
    expect(taken.budget[activity]).toBe('2.000');
    expect(amount.takeStored(taken).budget[activity]).toBe('3.000');
  });

  it('finds nothing to tell where both sides typed the same', () => {
    const both = typed(blank, { id: first, value: '12' });
    expect(mergeDrafts(blank, both, both)).toEqual({ draft: both, conflicts: [] });
  });

  it('keeps a confirmation with the figure it confirmed', () => {
    const mine = typed(blank, { id: first, value: '800' });
    const confirmed = mine.indicators[first];
    if (confirmed) confirmed.confirmedFigure = 800;
    const theirs = typed(blank, { id: first, value: '8' });
    expect(mergeDrafts(blank, mine, theirs).draft.indicators[first]?.confirmedFigure).toBe(800);
    expect(mergeDrafts(blank, blank, mine).draft.indicators[first]?.confirmedFigure).toBe(800);
  });

  it('reads kept typing back in the form language, whatever language it was typed in', () => {
    const english = { ...typed(blank, { id: first, value: '1,234.5' }), lang: 'en' as const };
    const kept = {
      at: '2026-12-03T14:00:00.000Z',
      revision: 3,
      base: { ...blank, lang: 'en' as const },
      typed: english,
    };
    const read = keptTypingOf(JSON.stringify(kept), ZPartDraftSchema, Date.parse('2026-12-04T08:00:00Z'));
    if (!read) throw new Error('not read back');
    expect(restoreDraft(read, blank).draft.indicators[first]?.value).toBe('1.234,5');
  });

  it('forgets kept typing after two weeks, or where it is no draft', () => {
    const kept = JSON.stringify({ at: '2026-12-03T14:00:00.000Z', revision: 3, base: blank, typed: blank });
    const read = (text: string, day: string) => keptTypingOf(text, ZPartDraftSchema, Date.parse(day));
    expect(read(kept, '2026-12-17T13:59:00Z')).not.toBeNull();
    expect(read(kept, '2026-12-17T14:01:00Z')).toBeNull();
    expect(read('{"at":"2026-12-03T14:00:00.000Z","revision":3}', '2026-12-04T00:00:00Z')).toBeNull();
    expect(read('not json', '2026-12-04T00:00:00Z')).toBeNull();
  });
});
