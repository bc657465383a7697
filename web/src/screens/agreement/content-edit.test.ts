import { describe, expect, it } from 'vitest';
import type { TIndicator } from '../../../../shared/model/indicator';
import { withUnit } from './content-edit';

const indicator: TIndicator = {
  id: 'baru',
  code: '1.1.a',
  name: 'Jumlah penerima bantuan',
  unit: '',
  numberKind: 'decimal',
  polarity: 'higher',
  aggregation: 'sum',
  target: 0,
  quarterTargets: [0, 0, 0, 0],
};

describe('withUnit', () => {
  it("lets the number kind follow the unit's name while the planner has not chosen another", () => {
    const persons = withUnit(indicator, 'Orang');
    expect(persons.numberKind).toBe('count');
    expect(withUnit(persons, 'Persen').numberKind).toBe('decimal');
  });

  it('keeps a kind the planner chose, and reads an old indicator without a kind by its unit', () => {
    expect(withUnit({ ...indicator, unit: 'Persen', numberKind: 'signed' }, 'Indeks').numberKind).toBe(
      'signed',
    );
    const old: TIndicator = { ...indicator, unit: 'Orang' };
    delete old.numberKind;
    expect(withUnit(old, 'KK').numberKind).toBe('count');
  });
});
