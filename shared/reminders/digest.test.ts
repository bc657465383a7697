import { describe, expect, it } from 'vitest';
import { seedUnits } from '../seed/organisation.js';
import { digestByRecipient } from './digest.js';
import { planReminders } from './plan-reminders.js';
import { sweepOptions } from './reminders.fixture.js';

describe('digestByRecipient', () => {
  it('gives the head one email for all overdue units, each division head one of their own', () => {
    const notices = planReminders(sweepOptions('2026-04-11T08:00:00+08:00', { sekretariat: 'verified' }));
    const digests = digestByRecipient(notices);
    expect(digests.map((d) => [d.recipient.id, d.notices.length])).toEqual([
      ['kabid-pemberdayaan', 1],
      ['kepala-dinas', 3],
      ['kabid-rehabilitasi', 1],
      ['kabid-perlindungan', 1],
    ]);
    const head = digests.find((d) => d.recipient.id === 'kepala-dinas');
    expect(head?.keys).toEqual(head?.notices.map((n) => n.key));
    expect(new Set(head?.keys).size).toBe(3);
  });

  it('puts the most pressing first: overdue before reminders, longest overdue first', () => {
    const options = sweepOptions('2026-04-14T08:00:00+08:00');
    const quarters = [
      { year: 2026, quarter: 1 as const, state: 'open' as const, dueAt: '2026-04-17T23:59:00+08:00' },
      { year: 2025, quarter: 4 as const, state: 'open' as const, dueAt: '2026-04-10T23:59:00+08:00' },
      { year: 2025, quarter: 3 as const, state: 'open' as const, dueAt: '2026-04-07T23:59:00+08:00' },
    ];
    const units = [seedUnits.pemberdayaan];
    const [digest, ...others] = digestByRecipient(planReminders({ ...options, quarters, units })).filter(
      (d) => d.recipient.id === 'kabid-pemberdayaan',
    );
    expect(others).toEqual([]);
    expect(digest?.notices.map((n) => `${n.year}-${n.quarter} ${n.kind}`)).toEqual([
      '2025-3 overdue',
      '2025-4 overdue',
      '2026-1 reminder',
    ]);
  });

  it('gives nothing for nothing', () => {
    expect(digestByRecipient([])).toEqual([]);
  });
});
