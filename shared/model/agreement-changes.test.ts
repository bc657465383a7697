import { describe, expect, it } from 'vitest';
import { changeWords, recordNames } from '../audit/change-words.js';
import { agreement2019Murni, agreement2019Perubahan } from '../seed/hss-2019.js';
import { agreementValueChanges } from './agreement-changes.js';
import { indicatorPlaces } from './agreement-indicators.js';

const murni = agreement2019Murni;
const names = recordNames({ agreements: [murni], units: [], people: [] });
const inWords = (change: { path: string; before: unknown; after: unknown }) =>
  changeWords(change, names, 'id', 'Asia/Makassar');

describe('agreementValueChanges', () => {
  it('names the objective and indicator a changed target is of, whatever order the lists came in', () => {
    const [first, ...rest] = murni.objectives;
    if (!first) throw new Error('no objective');
    const [indicator, ...others] = first.indicators;
    if (!indicator) throw new Error('no indicator');
    const moved = { ...indicator, target: 99.5 };
    const after = {
      ...murni,
      objectives: [...rest, { ...first, indicators: [...others, moved] }].reverse(),
      activities: [...murni.activities].reverse(),
    };
    const changes = agreementValueChanges(murni, after);
    expect(changes).toEqual([
      { path: `indicator.${indicator.id}.target`, before: indicator.target, after: 99.5 },
    ]);
    expect(inWords(changes[0] ?? { path: '', before: 0, after: 0 }).field).toBe(
      `Indikator: ${indicator.code} ${indicator.name} › Target tahunan`,
    );
  });

  it("says an activity's budget under its dotted code, and one added or removed whole, as one change", () => {
    const [activity, ...rest] = murni.activities;
    if (!activity) throw new Error('no activity');
    const { code: _, indicators, ...fields } = activity;
    const removed = agreementValueChanges(murni, { ...murni, activities: rest });
    expect(removed).toContainEqual({ path: `activity.${activity.code}`, before: fields, after: null });
    expect(removed.map((change) => change.path)).toEqual([
      `activity.${activity.code}`,
      ...indicators.map((indicator) => `indicator.${indicator.id}`),
    ]);
    expect(
      inWords({ path: `activity.${activity.code}.budget`, before: activity.budget, after: 1 }).field,
    ).toBe(`Kegiatan: ${activity.code} ${activity.name} › Anggaran`);
    const perubahan = agreementValueChanges(murni, agreement2019Perubahan);
    expect(perubahan.length).toBeGreaterThan(0);
    expect(perubahan.every((change) => /^activity\.\d+\.\d+\.budget$/.test(change.path))).toBe(true);
  });

  it('gives a first draft its whole content, an item a change, about as large as the agreement: what it started from', () => {
    const changes = agreementValueChanges(undefined, murni);
    const objective = murni.objectives[0];
    expect(changes).toContainEqual({
      path: `objective.${objective?.code}`,
      before: null,
      after: { name: objective?.name },
    });
    expect(changes.filter((c) => c.path.startsWith('indicator.'))).toHaveLength(
      indicatorPlaces(murni).length,
    );
    expect(changes.every((change) => change.before === null)).toBe(true);
    expect(JSON.stringify(changes).length).toBeLessThan(1.2 * JSON.stringify(murni).length);
    expect(agreementValueChanges(murni, murni)).toEqual([]);
  });

  it('still reads an older event, which numbered places in the lists', () => {
    expect(inWords({ path: 'objectives.0.indicators.2.target', before: 1, after: 2 }).field).toBe(
      'Sasaran ke-1 › Indikator ke-3 › Target tahunan',
    );
  });
});
