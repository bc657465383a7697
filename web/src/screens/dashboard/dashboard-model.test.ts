import { describe, expect, it } from 'vitest';
import { chartRows, deadlineOf, share } from './dashboard-model';

describe('the dashboard model', () => {
  it('says days left, overdue, on time or late', () => {
    expect(deadlineOf({ daysLeft: 3, onTime: null })).toEqual({ kind: 'left', days: 3 });
    expect(deadlineOf({ daysLeft: -48, onTime: null })).toEqual({ kind: 'overdue', days: 48 });
    expect(deadlineOf({ daysLeft: null, onTime: false })).toEqual({ kind: 'late' });
    expect(deadlineOf({ daysLeft: null, onTime: true })).toEqual({ kind: 'on-time' });
  });

  it('computes completeness and timeliness shares, none of nothing', () => {
    expect(share(3, 4)).toBe(75);
    expect(share(0, 0)).toBeNull();
  });

  it('labels each chart bar with the indicator’s own code', () => {
    const achievement = {
      indicatorId: 'uep-prse',
      code: '1.4',
      indicatorCode: '1.4.b',
      name: 'Bimbingan kewirausahaan',
      unitIds: ['u1'],
      quarter: 80,
      toDate: 90,
      band: 'tinggi',
      annualOnly: false,
      target: 20,
      unit: 'Orang',
      atRisk: null,
    };
    expect(chartRows([achievement])).toEqual([
      {
        id: 'uep-prse',
        code: '1.4.b',
        name: 'Bimbingan kewirausahaan',
        quarter: 80,
        toDate: 90,
        annualOnly: false,
      },
    ]);
  });
});
