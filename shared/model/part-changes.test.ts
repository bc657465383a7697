import { describe, expect, it } from 'vitest';
import { partChanges } from './part-changes.js';
import type { TQuarterPartContent } from './realisation.js';

const part = (over: Partial<TQuarterPartContent>): TQuarterPartContent => ({
  agencyId: 'dinsos-hss',
  year: 2026,
  quarter: 1,
  unitId: 'sekretariat',
  agreementVersion: 1,
  realisations: [],
  budget: [],
  narratives: [],
  ...over,
});

describe('partChanges', () => {
  it('names the indicator and activity a changed figure is of, whatever order the rows came in', () => {
    const before = part({
      realisations: [
        { indicatorId: 'pmks-mandiri', numerator: 3929, denominator: 10_000 },
        { indicatorId: 'uep-prse', value: 0 },
      ],
      budget: [{ activityCode: '1.1', amount: 13_402_000 }],
    });
    const after = part({
      realisations: [
        { indicatorId: 'uep-prse', value: 20 },
        { indicatorId: 'pmks-mandiri', numerator: 3929, denominator: 10_000 },
      ],
      budget: [{ activityCode: '1.1', amount: 13_500_000 }],
    });
    expect(partChanges(before, after)).toEqual([
      { path: 'realisations.uep-prse.value', before: 0, after: 20 },
      { path: 'budget.1.1.amount', before: 13_402_000, after: 13_500_000 },
    ]);
  });

  it('gives each field of a row first filled in, or emptied, as a change of its own', () => {
    const narrative = {
      activitiesCarriedOut: 'Bimtek',
      supportingFactors: '',
      obstacles: '',
      actionsTaken: '',
    };
    const filled = part({ narratives: [{ programCode: '4', ...narrative }] });
    expect(partChanges(part({}), filled)).toEqual([
      { path: 'narratives.4.activitiesCarriedOut', before: null, after: 'Bimtek' },
      { path: 'narratives.4.supportingFactors', before: null, after: '' },
      { path: 'narratives.4.obstacles', before: null, after: '' },
      { path: 'narratives.4.actionsTaken', before: null, after: '' },
    ]);
    expect(partChanges(filled, part({})).map((change) => [change.path, change.after])).toContainEqual([
      'narratives.4.activitiesCarriedOut',
      null,
    ]);
  });
});
