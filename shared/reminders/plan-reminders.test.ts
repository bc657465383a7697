import { describe, expect, it } from 'vitest';
import { seedAgency, seedUnits } from '../seed/organisation.js';
import { planReminders, type TReminderNotice } from './plan-reminders.js';
import { ZReminderSettingsSchema } from './reminder-settings.js';
import { dueTw1, sweepOptions, withUser } from './reminders.fixture.js';

const recipients = (notices: TReminderNotice[]) => notices.map((n) => n.recipient.id).sort();
const witaMorning = (date: string) => `${date}T08:00:00+08:00`;

describe('planReminders: reminders before the due date', () => {
  it('reminds each division head whose part is not submitted, on D-7', () => {
    const notices = planReminders(
      sweepOptions(witaMorning('2026-04-03'), {
        [seedUnits.pemberdayaan.id]: 'submitted',
        [seedUnits.rehabilitasi.id]: 'verified',
        [seedUnits.perlindungan.id]: 'returned',
        // The Sekretariat has no part yet: not started counts as draft.
      }),
    );
    expect(recipients(notices)).toEqual(['kabid-perlindungan', 'sekretaris']);
    const returned = notices.find((n) => n.unitId === seedUnits.perlindungan.id);
    expect(returned).toMatchObject({
      kind: 'reminder',
      daysLeft: 7,
      partState: 'returned',
      unitName: 'Bidang Perlindungan dan Jaminan Sosial',
      dueAt: dueTw1,
      recipient: { email: 'perlindungan@dinsos-hss.example', locale: 'id' },
    });
  });

  it('sends on D-7, D-3, D-1, D-0 and overdue days 1, 4, 7, 10 only', () => {
    const sent: string[] = [];
    for (let day = 0; day < 24; day++) {
      const date = new Date(Date.UTC(2026, 2, 31 + day)).toISOString().slice(0, 10);
      const notices = planReminders(sweepOptions(witaMorning(date)));
      const [first] = notices;
      if (first) sent.push(first.kind === 'reminder' ? `D-${first.daysLeft}` : `D+${first.daysOverdue}`);
    }
    expect(sent).toEqual(['D-7', 'D-3', 'D-1', 'D-0', 'D+1', 'D+4', 'D+7', 'D+10', 'D+13']);
  });

  it('honours remindersOff for reminders', () => {
    const users = withUser('kabid-pemberdayaan', { remindersOff: true });
    const notices = planReminders(sweepOptions(witaMorning('2026-04-07'), {}, users));
    expect(recipients(notices)).toEqual(['kabid-perlindungan', 'kabid-rehabilitasi', 'sekretaris']);
  });

  it('reminds nobody disabled, and escalates to no disabled head', () => {
    const users = withUser('kabid-pemberdayaan', { disabled: true }).map((user) =>
      user.id === 'kepala-dinas' ? { ...user, disabled: true } : user,
    );
    const overdue = planReminders(sweepOptions(witaMorning('2026-04-11'), {}, users));
    expect([...new Set(recipients(overdue))]).toEqual([
      'kabid-perlindungan',
      'kabid-rehabilitasi',
      'sekretaris',
    ]);
  });

  it('sends nothing for a signed-off quarter', () => {
    const options = sweepOptions(witaMorning('2026-04-07'));
    const quarters = options.quarters.map((q) => ({ ...q, state: 'signed_off' as const }));
    expect(planReminders({ ...options, quarters })).toEqual([]);
  });

  it('follows the agency settings', () => {
    const settings = ZReminderSettingsSchema.parse({ offsetDays: [14, 2], overdueEveryDays: 1 });
    const at = (date: string) => planReminders({ ...sweepOptions(witaMorning(date)), settings }).length;
    expect([at('2026-03-27'), at('2026-04-03'), at('2026-04-08'), at('2026-04-07')]).toEqual([4, 0, 4, 0]);
    // Every day once overdue: 4 division heads, and the head in copy of each unit's notice.
    expect([at('2026-04-11'), at('2026-04-12'), at('2026-04-13')]).toEqual([8, 8, 8]);
  });
});

describe('planReminders: overdue and escalation', () => {
  it('tells the division head on the day after, with the head of agency in copy', () => {
    const notices = planReminders(
      sweepOptions(witaMorning('2026-04-11'), {
        [seedUnits.sekretariat.id]: 'verified',
        [seedUnits.pemberdayaan.id]: 'submitted',
        [seedUnits.rehabilitasi.id]: 'verified',
      }),
    );
    expect(notices.map((n) => [n.recipient.id, n.kind === 'overdue' && n.audience])).toEqual([
      ['kabid-perlindungan', 'division_head'],
      ['kepala-dinas', 'head'],
    ]);
    expect(notices[1]).toMatchObject({
      daysOverdue: 1,
      unitId: seedUnits.perlindungan.id,
      divisionHeadNames: ['Rahmadi, S.AP'],
      headNames: [seedAgency.head.name],
      key: 'dinsos-hss#2026#Q1#perlindungan-jaminan#overdue#D+1#due-2026-04-10#kepala-dinas',
    });
  });

  it('cannot be turned off, neither by the division head nor by the head', () => {
    const users = withUser('kabid-perlindungan', { remindersOff: true }).map((u) =>
      u.id === 'kepala-dinas' ? { ...u, remindersOff: true } : u,
    );
    const states = {
      sekretariat: 'verified',
      'pemberdayaan-sosial': 'verified',
      'pelayanan-rehabilitasi': 'verified',
    } as const;
    const notices = planReminders(sweepOptions(witaMorning('2026-04-14'), states, users));
    expect(recipients(notices)).toEqual(['kabid-perlindungan', 'kepala-dinas']);
  });

  it('escalates a unit without a division head to the head alone', () => {
    const users = withUser('kabid-rehabilitasi', { unitId: undefined, roles: ['viewer'] });
    const notices = planReminders(sweepOptions(witaMorning('2026-04-11'), {}, users));
    const rehabilitasi = notices.filter((n) => n.unitId === seedUnits.rehabilitasi.id);
    expect(recipients(rehabilitasi)).toEqual(['kepala-dinas']);
  });

  it('sends one email to someone who is both a division head and the head', () => {
    const users = withUser('kepala-dinas', {
      roles: ['head', 'division_head'],
      unitId: 'sekretariat',
    }).filter((u) => u.id !== 'sekretaris');
    const notices = planReminders(sweepOptions(witaMorning('2026-04-11'), {}, users));
    const sekretariat = notices.filter((n) => n.unitId === 'sekretariat');
    expect(sekretariat.map((n) => n.kind === 'overdue' && [n.recipient.id, n.audience])).toEqual([
      ['kepala-dinas', 'division_head'],
    ]);
    expect(new Set(notices.map((n) => n.key)).size).toBe(notices.length);
  });

  it("tells an example agency's made-up people nothing, overdue notices included", () => {
    const options = sweepOptions(witaMorning('2026-04-11'));
    expect(planReminders(options)).not.toEqual([]);
    expect(planReminders({ ...options, agency: { ...seedAgency, example: true } })).toEqual([]);
  });
});
