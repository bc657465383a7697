import { describe, expect, it } from 'vitest';
import { endOfDay } from '../calendar/quarter-deadline.js';
import { addDays, quarterLastDay } from '../calendar/working-days.js';
import { fixtureAgreement } from '../model/agreement.fixture.js';
import type { TQuarter } from '../model/quarter.js';
import { emptyPart, type TAgreementRecord, type TPartRecord, type TQuarterRecord } from '../model/records.js';
import { seedAgency, seedUnits, seedUsers } from '../seed/organisation.js';
import { buildMyTasks, type TYearRecords, workingYears } from './my-tasks.js';

const tracked = { revision: 1, updatedAt: '2026-01-02T00:00:00+08:00', updatedBy: 'perencana' };
const where = { agencyId: seedAgency.id, year: 2026 };
const user = (id: string) => {
  const found = seedUsers.find((u) => u.id === id);
  if (!found) throw new Error(id);
  return found;
};

const quarter = (q: TQuarter, state: TQuarterRecord['state'], year = 2026): TQuarterRecord => ({
  ...tracked,
  ...where,
  year,
  quarter: q,
  state,
  // Due on the 10th day after the quarter, as if every quarter were extended to it.
  dueAt: endOfDay(addDays(quarterLastDay(year, q), 10), seedAgency.timeZone),
  signOffCount: state === 'signed_off' ? 1 : 0,
});
const part = (q: TQuarter, unitId: string, state: TPartRecord['state'], by = {}): TPartRecord => ({
  ...emptyPart({ ...where, quarter: q, unitId, agreementVersion: 1 }, tracked),
  state,
  ...by,
});
const agreement = (year: number, state: TAgreementRecord['state']): TAgreementRecord => ({
  ...tracked,
  agencyId: seedAgency.id,
  year,
  version: 1,
  state,
  agreement: fixtureAgreement(),
});

/** 2026 with TW1–TW3 signed off and TW4 open; 2027's agreement still a draft. */
const working = (tw4: Record<string, TPartRecord['state']>, tw3Open = false): TYearRecords[] => [
  {
    year: 2026,
    agreements: [agreement(2026, 'signed')],
    quarters: [
      quarter(1, 'signed_off'),
      quarter(2, 'signed_off'),
      quarter(3, tw3Open ? 'open' : 'signed_off'),
      quarter(4, 'open'),
    ],
    parts: [
      ...Object.entries(tw4).map(([unitId, state]) =>
        part(4, unitId, state, state === 'verified' ? { submittedBy: 'x', verifiedBy: 'verifikator' } : {}),
      ),
      ...(tw3Open ? [part(3, seedUnits.pemberdayaan.id, 'returned')] : []),
    ],
  },
  { year: 2027, agreements: [agreement(2027, 'draft')], quarters: [], parts: [] },
];

const tw4 = {
  [seedUnits.sekretariat.id]: 'verified',
  [seedUnits.pemberdayaan.id]: 'draft',
  [seedUnits.rehabilitasi.id]: 'returned',
  [seedUnits.perlindungan.id]: 'submitted',
} as const;

// Thursday 7 January 2027, 09:00 WITA: TW4 2026 is due Sunday 10 January, 23:59 WITA.
const january = '2027-01-07T01:00:00Z';
const tasksOf = (id: string, years = working(tw4), now = january) =>
  buildMyTasks({ now, user: user(id), agency: seedAgency, years });

describe('my tasks', () => {
  it("in January, follows the work into last year's TW4 and its LKj, not the new year's empty quarters", () => {
    expect(workingYears(january, 'Asia/Makassar')).toEqual([2026, 2027]);
    expect(tasksOf('kabid-pemberdayaan')).toEqual([
      {
        kind: 'fillPart',
        year: 2026,
        quarter: 4,
        unitId: seedUnits.pemberdayaan.id,
        dueAt: '2027-01-10T23:59:00+08:00',
        daysLeft: 3,
      },
    ]);
    expect(tasksOf('kabid-rehabilitasi')).toMatchObject([{ kind: 'fillPart', returned: true, daysLeft: 3 }]);
    expect(tasksOf('verifikator')).toMatchObject([
      { kind: 'reviewPart', year: 2026, quarter: 4, unitId: seedUnits.perlindungan.id },
    ]);
  });

  it("gives the planner the year-end LKj, due by 31 March, before the new year's undated agreement draft", () => {
    expect(tasksOf('perencana')).toEqual([
      { kind: 'writeAnnualReport', year: 2026, dueAt: '2027-03-31T23:59:00+08:00', daysLeft: 83 },
      { kind: 'editAgreement', year: 2027, version: 1, dueAt: null, daysLeft: null },
    ]);
  });

  it('puts the sign-off first for the head once every part is verified, and nothing for a viewer', () => {
    const verified = Object.fromEntries(Object.keys(tw4).map((unitId) => [unitId, 'verified' as const]));
    expect(tasksOf('kepala-dinas', working(verified)).map((task) => task.kind)).toEqual([
      'signOffQuarter',
      'writeAnnualReport',
    ]);
    expect(tasksOf('kepala-dinas').map((task) => task.kind)).toEqual(['writeAnnualReport']);
    expect(tasksOf('pengamat')).toEqual([]);
  });

  it('puts an overdue earlier quarter before the current one, counting days in the agency zone', () => {
    const tasks = tasksOf('kabid-pemberdayaan', working(tw4, true));
    expect(tasks.map((task) => [task.quarter, task.daysLeft, task.returned])).toEqual([
      [3, -89, true],
      [4, 3, undefined],
    ]);
  });

  it('turns the local day over at local midnight, not UTC', () => {
    // 16:30 UTC on 31 December is 00:30 on 1 January in WITA: a new working year there.
    expect(workingYears('2026-12-31T16:30:00Z', 'Asia/Makassar')).toEqual([2026, 2027]);
    expect(workingYears('2026-12-31T16:30:00Z', 'Asia/Jakarta')).toEqual([2025, 2026]);
    // The due day itself counts 0 until its local end, then the part is a day overdue.
    expect(tasksOf('kabid-pemberdayaan', working(tw4), '2027-01-10T15:58:00Z')[0]?.daysLeft).toBe(0);
    expect(tasksOf('kabid-pemberdayaan', working(tw4), '2027-01-10T16:00:00Z')[0]?.daysLeft).toBe(-1);
  });

  it('drops the LKj step once its due date has passed', () => {
    expect(tasksOf('perencana', working(tw4), '2027-04-01T00:00:00+08:00').map((t) => t.kind)).toEqual([
      'editAgreement',
    ]);
  });
});
