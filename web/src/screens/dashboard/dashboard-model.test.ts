import { describe, expect, it } from 'vitest';
import type { TUser } from '../../../../shared/model/organisation';
import type { TPartRecord } from '../../../../shared/model/records';
import { allTasks, chartRows, deadlineOf, share, type TQuarterView } from './dashboard-model';

const part = (quarter: 1 | 2, unitId: string, state: TPartRecord['state']): TPartRecord => ({
  revision: 1,
  updatedAt: '2026-01-02T09:00:00+08:00',
  updatedBy: 'system',
  state,
  content: {
    agencyId: 'a',
    year: 2026,
    quarter,
    unitId,
    agreementVersion: 1,
    realisations: [],
    budget: [],
    narratives: [],
  },
});
const quarter = (q: 1 | 2, dueAt: string, parts: TPartRecord[]): TQuarterView => ({
  revision: 1,
  updatedAt: '2026-01-02T09:00:00+08:00',
  updatedBy: 'system',
  agencyId: 'a',
  year: 2026,
  quarter: q,
  state: 'open',
  dueAt,
  signOffCount: 0,
  readyForSignOff: false,
  parts,
});
const head: TUser = {
  id: 'kabid',
  email: 'k@x.example',
  name: 'K',
  roles: ['division_head'],
  agencyId: 'a',
  unitId: 'u1',
  locale: 'id',
  remindersOff: false,
};

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

  it('adds a division head’s overdue earlier quarter to what the API lists for the chosen one', () => {
    const quarters = [
      quarter(1, '2026-04-10T23:59:00+08:00', [part(1, 'u1', 'returned'), part(1, 'u2', 'draft')]),
      quarter(2, '2026-07-10T23:59:00+08:00', [part(2, 'u1', 'draft')]),
    ];
    const tasks = allTasks(
      head,
      2,
      [{ kind: 'fillPart', quarter: 2, unitId: 'u1' }],
      quarters,
      '2026-07-01T00:00:00Z',
    );
    expect(tasks).toEqual([
      { kind: 'fill', quarter: 1, unitId: 'u1', returned: true, overdue: true },
      { kind: 'fill', quarter: 2, unitId: 'u1', returned: false, overdue: false },
    ]);
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
    };
    expect(chartRows([achievement])).toEqual([
      { id: 'uep-prse', code: '1.4.b', name: 'Bimbingan kewirausahaan', quarter: 80, toDate: 90 },
    ]);
  });
});
