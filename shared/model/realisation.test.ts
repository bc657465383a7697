import { describe, expect, it } from 'vitest';
import { fixturePart } from './agreement.fixture.js';
import { ZIndicatorRealisationSchema, ZQuarterPartContentSchema } from './realisation.js';

const issues = (input: unknown) =>
  ZIndicatorRealisationSchema.safeParse(input).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

describe('ZIndicatorRealisationSchema', () => {
  it('takes a value, ratio parts, or nothing to report', () => {
    expect(issues({ indicatorId: 'x', value: 120 })).toEqual([]);
    expect(issues({ indicatorId: 'x', numerator: 10_249, denominator: 16_982 })).toEqual([]);
    expect(issues({ indicatorId: 'x', nothingToReport: true, explanation: 'belum ada penilaian' })).toEqual(
      [],
    );
  });

  it('wants both ratio parts and a positive denominator', () => {
    expect(issues({ indicatorId: 'x', numerator: 5 })).toEqual([
      ['denominator', 'pembilang dan penyebut diisi bersama'],
    ]);
    expect(issues({ indicatorId: 'x', numerator: 5, denominator: 0 })).toEqual([
      ['denominator', 'penyebut harus lebih dari 0'],
    ]);
  });

  it('refuses a value beside parts, and any figure when there is nothing to report', () => {
    expect(issues({ indicatorId: 'x', value: 60, numerator: 6, denominator: 10 })).toEqual([
      ['value', 'isi nilai atau pembilang/penyebut, tidak keduanya'],
    ]);
    expect(issues({ indicatorId: 'x', value: 0, nothingToReport: true })).toEqual([
      ['nothingToReport', 'tidak ada yang dilaporkan: kosongkan nilainya'],
    ]);
  });
});

describe('ZQuarterPartContentSchema', () => {
  it('parses a part, filling missing narrative fields with empty text', () => {
    const part = fixturePart('bidang-a', 2, {
      budget: [{ activityCode: '1.1', amount: 500_000 }],
      narratives: [
        {
          programCode: '1',
          activitiesCarriedOut: 'pelatihan',
          supportingFactors: '',
          obstacles: '',
          actionsTaken: '',
        },
      ],
    });
    const { narratives, ...rest } = part;
    const parsed = ZQuarterPartContentSchema.parse({
      ...rest,
      narratives: [{ programCode: '1', activitiesCarriedOut: 'pelatihan' }],
    });
    expect(parsed).toEqual(part);
  });

  it('refuses a fifth quarter and spending in sen', () => {
    const result = ZQuarterPartContentSchema.safeParse({
      ...fixturePart('bidang-a', 1),
      quarter: 5,
      budget: [{ activityCode: '1.1', amount: 10.5 }],
    });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['quarter', 'budget.0.amount']);
  });
});
