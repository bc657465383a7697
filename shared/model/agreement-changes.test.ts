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

  it("says an activity's budget under its dotted code, and each field of an added or removed one", () => {
    const [activity, ...rest] = murni.activities;
    if (!activity) throw new Error('no activity');
    const changes = agreementValueChanges(murni, { ...murni, activities: rest });
    expect(changes).toContainEqual({
      path: `activity.${activity.code}.budget`,
      before: activity.budget,
      after: null,
    });
    expect(changes.every((change) => change.after === null)).toBe(true);
    expect(
      inWords({ path: `activity.${activity.code}.budget`, before: activity.budget, after: null }).field,
    ).toBe(`Kegiatan: ${activity.code} ${activity.name} › Anggaran`);
    const perubahan = agreementValueChanges(murni, agreement2019Perubahan);
    expect(perubahan.length).toBeGreaterThan(0);
    expect(perubahan.every((change) => /^activity\.\d+\.\d+\.budget$/.test(change.path))).toBe(true);
  });

  it('gives every value of a first draft, each by what it is of: what it started from', () => {
    const changes = agreementValueChanges(undefined, murni);
    const objective = murni.objectives[0];
    expect(changes).toContainEqual({
      path: `objective.${objective?.code}.name`,
      before: null,
      after: objective?.name,
    });
    const indicators = new Set(
      changes.filter((c) => c.path.startsWith('indicator.')).map((c) => c.path.split('.')[1]),
    );
    expect(indicators.size).toBe(indicatorPlaces(murni).length);
    expect(changes.every((change) => change.before === null)).toBe(true);
    expect(agreementValueChanges(murni, murni)).toEqual([]);
  });

  it('still reads an older event, which numbered places in the lists', () => {
    expect(inWords({ path: 'objectives.0.indicators.2.target', before: 1, after: 2 }).field).toBe(
      'Sasaran ke-1 › Indikator ke-3 › Target tahunan',
    );
  });
});
