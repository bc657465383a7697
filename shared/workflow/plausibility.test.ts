import { afterEach, describe, expect, it } from 'vitest';
import type { TQuarterRealisations } from '../calc/to-date.js';
import { setLocaleSource } from '../i18n.js';
import type { TIndicator } from '../model/indicator.js';
import type { TIndicatorRealisation } from '../model/realisation.js';
import { confirmationOf, implausibleFigure, implausibleText, isConfirmed } from './plausibility.js';

const indicator: TIndicator = {
  id: 'orang',
  code: '1.1.a',
  name: 'Penerima bantuan',
  unit: 'Orang',
  polarity: 'higher',
  aggregation: 'sum',
  target: 40,
  quarterTargets: [8, 0, 16, 16],
};
const value = (x: number): TIndicatorRealisation => ({ indicatorId: 'orang', value: x });
const history = (...values: (number | undefined)[]): TQuarterRealisations => [
  values[0] === undefined ? undefined : value(values[0]),
  values[1] === undefined ? undefined : value(values[1]),
  values[2] === undefined ? undefined : value(values[2]),
  values[3] === undefined ? undefined : value(values[3]),
];

afterEach(() => setLocaleSource(() => 'id'));

describe('implausibleFigure', () => {
  it('questions a realisation of 10× its quarter target or more, not 9,99×', () => {
    expect(implausibleFigure(indicator, history(800), 1)).toEqual({
      rule: 'aboveTarget',
      value: 800,
      reference: 8,
    });
    expect(implausibleFigure(indicator, history(80), 1)).toMatchObject({ rule: 'aboveTarget' });
    expect(implausibleFigure(indicator, history(79.9), 1)).toBeNull();
  });

  it('questions any figure but 0 against a quarter target of 0', () => {
    expect(implausibleFigure(indicator, history(8, 1), 2)).toEqual({
      rule: 'zeroTarget',
      value: 1,
      reference: 0,
    });
    expect(implausibleFigure(indicator, history(8, 0), 2)).toBeNull();
  });

  it("questions 10× the previous quarter's figure, where there was one above 0", () => {
    const level = { ...indicator, quarterTargets: [100, 100, 100, 100] as TIndicator['quarterTargets'] };
    expect(implausibleFigure(level, history(9, 90), 2)).toEqual({
      rule: 'abovePrevious',
      value: 90,
      reference: 9,
    });
    expect(implausibleFigure(level, history(10, 90), 2)).toBeNull();
    expect(implausibleFigure(level, history(0, 90), 2)).toBeNull();
  });

  it('asks nothing of an empty quarter or one with nothing to report', () => {
    expect(implausibleFigure(indicator, history(), 1)).toBeNull();
    expect(
      implausibleFigure(
        indicator,
        [{ indicatorId: 'orang', nothingToReport: true }, undefined, undefined, undefined],
        1,
      ),
    ).toBeNull();
  });

  it("judges a ratio by its computed percentage (the seed's IKU TW4: 6,02 % against 0,27 %)", () => {
    const ratio: TIndicator = {
      ...indicator,
      unit: 'Persen',
      quarterTargets: [39.29, 19.61, 6.57, 0.27],
      ratio: { numeratorLabel: 'mandiri', denominatorLabel: 'terdata' },
    };
    const tw4: TIndicatorRealisation = { indicatorId: 'orang', numerator: 1022.3, denominator: 16_982 };
    const figure = implausibleFigure(ratio, [undefined, undefined, undefined, tw4], 4);
    expect(figure).toMatchObject({ rule: 'aboveTarget', reference: 0.27 });
    expect(figure?.value).toBeCloseTo(6.02, 2);
  });
});

describe('confirming a questioned figure', () => {
  it('holds for the figure confirmed and lapses when the figure changes', () => {
    const figure = implausibleFigure(indicator, history(800), 1);
    if (!figure) throw new Error('not questioned');
    expect(isConfirmed({ ...value(800) }, figure)).toBe(false);
    expect(isConfirmed({ ...value(800), confirmedFigure: 800 }, figure)).toBe(true);
    const changed = implausibleFigure(indicator, history(900), 1);
    if (!changed) throw new Error('not questioned');
    expect(isConfirmed({ ...value(900), confirmedFigure: 800 }, changed)).toBe(false);
  });

  it("keeps a ratio's confirmation to 4 decimals, storable as a figure", () => {
    expect(confirmationOf((1022.3 / 16_982) * 100)).toBe(6.0199);
  });
});

describe('implausibleText', () => {
  it('says what to check again, with the figures, in the reader language', () => {
    const figure = implausibleFigure(indicator, history(800), 1);
    if (!figure) throw new Error('not questioned');
    expect(implausibleText(figure)).toBe('Periksa kembali: 800 jauh di atas target 8');
    setLocaleSource(() => 'en');
    expect(implausibleText(figure)).toBe('Please check: 800 is far above the target of 8');
    expect(implausibleText({ rule: 'zeroTarget', value: 1_250.5, reference: 0 })).toBe(
      'Please check: 1,250.5 against a quarter target of 0',
    );
  });
});
