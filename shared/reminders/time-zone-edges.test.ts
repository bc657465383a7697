import { describe, expect, it } from 'vitest';
import { endOfDay } from '../calendar/quarter-deadline.js';
import { seedAgency } from '../seed/organisation.js';
import { planReminders, type TReminderNotice } from './plan-reminders.js';
import { sweepOptions } from './reminders.fixture.js';

const steps = (notices: TReminderNotice[]) => [
  ...new Set(notices.map((n) => (n.kind === 'reminder' ? `D-${n.daysLeft}` : `D+${n.daysOverdue}`))),
];

/** TW1 2026 is due 10 April 23:59 WITA, which is 15:59 UTC on the same date. */
describe('planReminders counts the agency’s WITA calendar days, not UTC dates', () => {
  it('a sweep at 23:30 WITA (15:30 UTC) on 7 April is D-3', () => {
    expect(steps(planReminders(sweepOptions('2026-04-07T15:30:00Z')))).toEqual(['D-3']);
  });

  it('00:30 WITA on 8 April is still the 7th in UTC, but D-2 in WITA: nothing', () => {
    expect(planReminders(sweepOptions('2026-04-07T16:30:00Z'))).toEqual([]);
  });

  it('23:30 WITA on the due day is D-0: the due moment 23:59 WITA has not passed', () => {
    expect(steps(planReminders(sweepOptions('2026-04-10T15:30:00Z')))).toEqual(['D-0']);
  });

  it('after 23:59 WITA on the due day it is neither a reminder nor yet overdue', () => {
    expect(planReminders(sweepOptions('2026-04-10T15:59:30Z'))).toEqual([]);
  });

  it('00:30 WITA on 11 April (still 10 April in UTC) is overdue day 1, head in copy', () => {
    const notices = planReminders(sweepOptions('2026-04-10T16:30:00Z'));
    expect(steps(notices)).toEqual(['D+1']);
    expect(notices.filter((n) => n.recipient.id === 'kepala-dinas')).toHaveLength(4);
  });

  it('every 3 days after: days 4 and 7 at 23:30 WITA, not days 2, 3, 5, 6', () => {
    const at = (date: string) => steps(planReminders(sweepOptions(`${date}T23:30:00+08:00`)));
    expect(['12', '13', '14', '15', '16', '17'].map((d) => at(`2026-04-${d}`))).toEqual([
      [],
      [],
      ['D+4'],
      [],
      [],
      ['D+7'],
    ]);
  });

  it('the same instant is another day for an agency in WIT or WIB', () => {
    const sweepIn = (timeZone: 'Asia/Jayapura' | 'Asia/Jakarta') => {
      const quarters = [
        { year: 2026, quarter: 1 as const, state: 'open' as const, dueAt: endOfDay('2026-04-10', timeZone) },
      ];
      const agency = { ...seedAgency, timeZone };
      return steps(planReminders({ ...sweepOptions('2026-04-07T15:30:00Z'), agency, quarters }));
    };
    // 15:30 UTC is 00:30 WIT on 8 April: D-2 in Jayapura while it is D-3 in Kandangan (WITA).
    expect(sweepIn('Asia/Jayapura')).toEqual([]);
    expect(sweepIn('Asia/Jakarta')).toEqual(['D-3']);
  });

  it('gives the same keys at 08:00 and at 23:30 of the same local day, so a rerun sends nothing new', () => {
    const keys = (now: string) => planReminders(sweepOptions(now)).map((n) => n.key);
    expect(keys('2026-04-07T08:00:00+08:00')).toEqual(keys('2026-04-07T15:30:00Z'));
    expect(keys('2026-04-07T08:00:00+08:00')).toContain(
      'dinsos-hss#2026#Q1#pemberdayaan-sosial#reminder#D-3#due-2026-04-10#kabid-pemberdayaan',
    );
  });

  it('starts afresh when the due date moves', () => {
    const options = sweepOptions('2026-04-07T08:00:00+08:00');
    const moved = [
      { year: 2026, quarter: 1 as const, state: 'open' as const, dueAt: '2026-04-14T23:59:00+08:00' },
    ];
    const [before] = planReminders(options);
    const [after] = planReminders({ ...sweepOptions('2026-04-11T08:00:00+08:00'), quarters: moved });
    expect(after?.kind === 'reminder' && after.daysLeft).toBe(3);
    expect(after?.key).not.toBe(before?.key);
    expect(after?.key).toContain('#due-2026-04-14#');
  });
});
