import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TIndicator } from '../model/indicator.js';
import type { TIndicatorRealisation } from '../model/realisation.js';
import { roundHalfUp } from './rounding.js';
import {
  achievementToDate,
  quarterAchievement,
  quartersToDate,
  realisationToDate,
  type TQuarterRealisations,
  targetToDate,
  yearAchievement,
  yearRealisation,
} from './to-date.js';

const indicator = (extra: Partial<TIndicator>): TIndicator => ({
  id: 'x',
  code: 'x',
  name: 'x',
  unit: 'Orang',
  polarity: 'higher',
  aggregation: 'sum',
  target: 130,
  quarterTargets: [0, 0, 130, 0],
  ...extra,
});
const values = (...xs: (number | undefined)[]): TQuarterRealisations => {
  const r = (value: number | undefined): TIndicatorRealisation | undefined =>
    value === undefined ? undefined : { indicatorId: 'x', value };
  return [r(xs[0]), r(xs[1]), r(xs[2]), r(xs[3])];
};
const round = (x: number | null) => (x === null ? null : roundHalfUp(x, 2));

describe('sum-kind indicators', () => {
  const uep = indicator({});
  const realised = values(0, 0, 0, 120);

  it('give Bantuan Usaha bagi Masyarakat Miskin 92,31 % to date in TW4, and no TW4 achievement of its own', () => {
    expect(quarterAchievement(uep, realised, 4)).toBeNull();
    expect(round(achievementToDate(uep, realised, 4))).toBe(92.31);
    expect(quarterAchievement(uep, realised, 3)).toBe(0);
    expect(achievementToDate(uep, realised, 2)).toBeNull();
    expect(yearRealisation(uep, realised)).toBe(120);
    expect(round(yearAchievement(uep, realised))).toBe(92.31);
  });

  it('add targets to date', () => {
    expect(targetToDate(indicator({ quarterTargets: [37, 0, 30, 0] }), 3)).toBe(67);
  });

  it('make the year the sum of the quarters', () => {
    const amount = fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: undefined });
    fc.assert(
      fc.property(fc.tuple(amount, amount, amount, amount), (xs) => {
        const year = yearRealisation(uep, values(...xs));
        const reported = xs.filter((x) => x !== undefined);
        return reported.length === 0 ? year === null : year === reported.reduce((a, b) => a + b, 0);
      }),
    );
  });

  it('add ratio parts: Σ numerators over the latest denominator', () => {
    const ratio = indicator({
      ratio: { numeratorLabel: 'n', denominatorLabel: 'd' },
      target: 60,
      quarterTargets: [30, 20, 5, 5],
    });
    const parts: TQuarterRealisations = [
      { indicatorId: 'x', numerator: 6_000, denominator: 16_000 },
      { indicatorId: 'x', numerator: 2_000, denominator: 16_500 },
      { indicatorId: 'x', nothingToReport: true },
      { indicatorId: 'x', numerator: 2_249, denominator: 16_982 },
    ];
    expect(round(yearRealisation(ratio, parts))).toBe(round((10_249 / 16_982) * 100));
    expect(round(realisationToDate(ratio, parts, 2))).toBe(round((8_000 / 16_500) * 100));
    expect(round(quarterAchievement(ratio, parts, 1))).toBe(round((37.5 / 30) * 100));
    // A quarter known only as a percentage makes the year the sum of the quarters' percentages.
    const mixed: TQuarterRealisations = [parts[0], { indicatorId: 'x', value: 13.25 }, undefined, undefined];
    expect(yearRealisation(ratio, mixed)).toBeCloseTo(37.5 + 13.25, 10);
  });
});

describe('cumulative and level indicators', () => {
  const documents = indicator({ aggregation: 'cumulative', target: 15, quarterTargets: [10, 11, 13, 15] });

  it('take the latest value against the latest target', () => {
    const realised = values(10, 11, 12, 14);
    expect(realisationToDate(documents, realised, 3)).toBe(12);
    expect(round(achievementToDate(documents, realised, 3))).toBe(92.31);
    expect(yearRealisation(documents, realised)).toBe(14);
    expect(round(yearAchievement(documents, realised))).toBe(93.33);
    expect(targetToDate(documents, 2)).toBe(11);
  });

  it('carry the latest value over quarters with nothing to report', () => {
    const realised: TQuarterRealisations = [
      { indicatorId: 'x', value: 10 },
      { indicatorId: 'x', value: 11 },
      { indicatorId: 'x', nothingToReport: true },
      undefined,
    ];
    expect(realisationToDate(documents, realised, 4)).toBe(11);
    expect(quarterAchievement(documents, realised, 3)).toBeNull();
  });

  it('make a level indicator year the latest quarter (Penyaluran pangan: 6.060 of 6.562 KPM)', () => {
    const food = indicator({
      aggregation: 'level',
      unit: 'KPM',
      target: 6_562,
      quarterTargets: [6_562, 6_562, 6_562, 6_562],
    });
    const realised = values(6_294, 6_252, 6_076, 6_060);
    expect(yearRealisation(food, realised)).toBe(6_060);
    expect(round(yearAchievement(food, realised))).toBe(92.35);
    expect(round(quarterAchievement(food, realised, 1))).toBe(95.92);
  });

  it('give the year of a cumulative indicator as TW4 whenever all quarters are reported', () => {
    const value = fc.integer({ min: 0, max: 1000 });
    fc.assert(
      fc.property(
        fc.tuple(value, value, value, value),
        (xs) => yearRealisation(documents, values(...xs)) === xs[3],
      ),
    );
  });
});

describe("a ratio's year from its reported parts", () => {
  const iku = indicator({
    unit: 'Persen',
    target: 65.74,
    quarterTargets: [39.29, 19.61, 6.57, 0.27],
    ratio: { numeratorLabel: 'mandiri', denominatorLabel: 'terdata' },
  });
  const typed = values(37.63, 13.25, 3.39, 6.02);
  const withYear: TQuarterRealisations = [
    typed[0],
    typed[1],
    typed[2],
    { indicatorId: 'x', value: 6.02, yearParts: { numerator: 10_249, denominator: 16_982 } },
  ];

  it('reads the year (and TW4 to date) from them, not from the quarters', () => {
    expect(round(yearRealisation(iku, typed))).toBe(60.29);
    expect(round(yearRealisation(iku, withYear))).toBe(60.35);
    expect(round(achievementToDate(iku, withYear, 4))).toBe(91.8);
    expect(round(quartersToDate(iku, withYear, 4))).toBe(60.29);
    // Earlier quarters to date stay the quarters' own.
    expect(round(realisationToDate(iku, withYear, 3))).toBe(54.27);
  });

  it('ignores them for an indicator that is not a ratio', () => {
    const plain = { ...iku, ratio: undefined };
    expect(round(yearRealisation(plain, withYear))).toBe(60.29);
  });
});
