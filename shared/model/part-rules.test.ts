import { describe, expect, it } from 'vitest';
import { fixtureAgreement, fixturePart } from './agreement.fixture.js';
import { checkQuarterPart } from './part-rules.js';

const agreement = fixtureAgreement();

describe('checkQuarterPart', () => {
  it('accepts a unit entering its own indicators, activities and programs', () => {
    const part = fixturePart('bidang-a', 1, {
      realisations: [
        { indicatorId: 'iku-rasio', numerator: 3, denominator: 10 },
        { indicatorId: 'output-a', value: 4 },
      ],
      budget: [{ activityCode: '1.1', amount: 100 }],
      narratives: [
        {
          programCode: '1',
          activitiesCarriedOut: '',
          supportingFactors: '',
          obstacles: '',
          actionsTaken: '',
        },
      ],
    });
    expect(checkQuarterPart(agreement, part)).toEqual([]);
  });

  it("holds a realisation to its indicator's number kind", () => {
    const part = fixturePart('bidang-a', 1, {
      realisations: [
        { indicatorId: 'outcome-a', value: -5 },
        { indicatorId: 'output-a', value: 2.5 },
      ],
    });
    expect(checkQuarterPart(agreement, part)).toEqual([
      { path: 'realisations.0.value', message: '-5: tidak boleh negatif (indikator ini tidak bertanda)' },
      { path: 'realisations.1.value', message: '2,5: jumlah harus bilangan bulat' },
    ]);
  });

  it('lets only the first responsible unit enter a shared key indicator', () => {
    const part = fixturePart('sekretariat', 1, { realisations: [{ indicatorId: 'iku-rasio', value: 30 }] });
    expect(checkQuarterPart(agreement, part)).toEqual([
      { path: 'realisations.0.indicatorId', message: 'indikator ini diisi oleh unit lain' },
    ]);
  });

  it('finds unknown, foreign and repeated entries, and parts on a plain indicator', () => {
    const part = fixturePart('bidang-a', 2, {
      agreementVersion: 2,
      realisations: [
        { indicatorId: 'tidak-ada', value: 1 },
        { indicatorId: 'output-a', numerator: 1, denominator: 2 },
        { indicatorId: 'output-a', value: 3 },
      ],
      budget: [{ activityCode: '2.1', amount: 1 }],
      narratives: [
        {
          programCode: '2',
          activitiesCarriedOut: '',
          supportingFactors: '',
          obstacles: '',
          actionsTaken: '',
        },
      ],
    });
    expect(checkQuarterPart(agreement, part).map((i) => i.path)).toEqual([
      'agreementVersion',
      'realisations.0.indicatorId',
      'realisations.1.numerator',
      'budget.0.activityCode',
      'narratives.0.programCode',
      'realisations.2.indicatorId',
    ]);
  });

  it('refuses a part of another year', () => {
    expect(
      checkQuarterPart(agreement, { ...fixturePart('bidang-a', 1), year: 2024 }).map((i) => i.path),
    ).toEqual(['year']);
  });
});

describe("checkQuarterPart: a ratio's parts for the year", () => {
  it('takes them for a ratio indicator in TW4 only', () => {
    const agreement = fixtureAgreement();
    const yearParts = { numerator: 10_249, denominator: 16_982 };
    const withYear = (quarter: 1 | 4, indicatorId: string) =>
      fixturePart('bidang-a', quarter, { realisations: [{ indicatorId, value: 5, yearParts }] });
    const paths = (quarter: 1 | 4, indicatorId: string) =>
      checkQuarterPart(agreement, withYear(quarter, indicatorId)).map((issue) => issue.path);
    expect(paths(4, 'iku-rasio')).toEqual([]);
    expect(paths(1, 'iku-rasio')).toEqual(['realisations.0.yearParts']);
  });
});
