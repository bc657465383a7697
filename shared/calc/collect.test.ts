import { describe, expect, it } from 'vitest';
import { fixturePart } from '../model/agreement.fixture.js';
import { realisationsByIndicator, spendingByActivity } from './collect.js';

const parts = [
  fixturePart('bidang-a', 2, {
    realisations: [{ indicatorId: 'output-a', value: 5 }],
    budget: [{ activityCode: '1.1', amount: 300 }],
  }),
  fixturePart('bidang-a', 4, {
    realisations: [{ indicatorId: 'output-a', value: 7 }],
    budget: [{ activityCode: '1.1', amount: 700 }],
  }),
  fixturePart('sekretariat', 4, { budget: [{ activityCode: '2.1', amount: 50 }] }),
];

describe('collecting the parts', () => {
  it('puts each realisation in its quarter and leaves out quarters after the one asked for', () => {
    expect(
      realisationsByIndicator(parts)
        .get('output-a')
        ?.map((r) => r?.value),
    ).toEqual([undefined, 5, undefined, 7]);
    expect(
      realisationsByIndicator(parts, 3)
        .get('output-a')
        ?.map((r) => r?.value),
    ).toEqual([undefined, 5, undefined, undefined]);
  });

  it('adds each activity spending per quarter', () => {
    expect(spendingByActivity(parts).get('1.1')).toEqual([0, 300, 0, 700]);
    expect(spendingByActivity(parts, 2).get('2.1')).toBeUndefined();
  });
});
