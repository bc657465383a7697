import { describe, expect, it } from 'vitest';
import { openYear } from '../functions/local/seed-demo.js';
import { runReminderSweep } from '../functions/reminders/run-sweep.js';
import { formatInstant } from '../shared/calendar/format-date.js';
import { nationalCalendar, quarterDeadline } from '../shared/calendar/quarter-deadline.js';
import { addDays } from '../shared/calendar/working-days.js';
import { daysBetween } from '../shared/reminders/local-day.js';
import { type TSentEmail, withMailOutbox } from './support/mail-outbox.js';
import { withSeededStore } from './support/seeded-store.js';
import { submitCompleteEntry } from './support/submit-part.js';

withSeededStore();
const sent = withMailOutbox();

const year = openYear();
// The seed's quarters are due the fifth working day after they end (the national days off).
const dueQ1 = quarterDeadline(year, 1, nationalCalendar(year));
const dueQ2 = quarterDeadline(year, 2, nationalCalendar(year));
/** A local day's hour in WITA, the seed agency's zone. */
const wita = (date: string, time = '08:00') => `${date}T${time}:00+08:00`;
let seen = 0;
/** The emails written since the last call. */
function newEmails(): TSentEmail[] {
  const emails = sent();
  const fresh = emails.slice(seen);
  seen = emails.length;
  return fresh;
}
const recipients = (emails: TSentEmail[]) => emails.flatMap((email) => email.to).sort();

describe('the reminder sweep', () => {
  it('reminds exactly the unsubmitted parts, once, escalates when overdue, and counts days in WITA', async () => {
    // Q1 is due at 23:59 WITA of its deadline day. Seven days before, every unit is still in draft.
    const first = await runReminderSweep(wita(addDays(dueQ1, -7)));
    expect(first).toMatchObject({ quarters: 1, planned: 4, sent: 4, alreadySent: 0, failed: 0 });
    expect(recipients(newEmails())).toEqual([
      'pemberdayaan@dinsos-hss.example',
      'perlindungan@dinsos-hss.example',
      'rehabilitasi@dinsos-hss.example',
      'sekretaris@dinsos-hss.example',
    ]);

    // The same sweep again (or a concurrent one) sends nothing.
    expect(await runReminderSweep(wita(addDays(dueQ1, -7)))).toMatchObject({ sent: 0, alreadySent: 4 });
    expect(newEmails()).toEqual([]);

    // The Sekretariat submits; three days before the due date only the other three are reminded.
    await submitCompleteEntry({ year, quarter: 1, unitId: 'sekretariat' });
    expect(await runReminderSweep(wita(addDays(dueQ1, -3)))).toMatchObject({ sent: 3 });
    expect(recipients(newEmails())).not.toContain('sekretaris@dinsos-hss.example');

    // 23:30 WITA on the due day is still D-0 although it is 15:30 UTC.
    const lastCall = await runReminderSweep(`${dueQ1}T15:30:00Z`);
    expect(lastCall).toMatchObject({ planned: 3, sent: 3 });
    const dueToday = newEmails();
    const dueDay = formatInstant(wita(dueQ1), 'longDate', 'Asia/Makassar', 'id');
    expect(dueToday.every((email) => email.text.includes(`${dueDay} pukul 23.59 WITA`))).toBe(true);

    // 00:30 WITA the day after is overdue day 1 — while UTC still says the due day — and the head is told.
    const overdue = await runReminderSweep(`${dueQ1}T16:30:00Z`);
    expect(overdue).toMatchObject({ planned: 6, sent: 4 });
    const escalated = newEmails();
    expect(recipients(escalated)).toEqual([
      'kepala@dinsos-hss.example',
      'pemberdayaan@dinsos-hss.example',
      'perlindungan@dinsos-hss.example',
      'rehabilitasi@dinsos-hss.example',
    ]);
    // The head's three copies arrive as one digest.
    expect(escalated.filter((email) => email.to.includes('kepala@dinsos-hss.example'))).toHaveLength(1);

    // The morning sweep of that same local day sends nothing new.
    expect(await runReminderSweep(wita(addDays(dueQ1, 1)))).toMatchObject({ sent: 0, alreadySent: 6 });
  });

  it('sweeps each agency in the hourly run only in its own sending hour', async () => {
    // A reminder day of Q2 on which Q1's overdue notices (every 3 days) are not due. The default
    // sending hour is 08:00 WITA (00:00 UTC).
    const day = [7, 3]
      .map((offset) => addDays(dueQ2, -offset))
      .find((candidate) => (daysBetween(dueQ1, candidate) - 1) % 3 !== 0);
    expect(day).toBeDefined();
    expect(await runReminderSweep(wita(day ?? '', '06:00'), { scheduled: true })).toMatchObject({
      planned: 0,
      sent: 0,
    });
    const atEight = await runReminderSweep(wita(day ?? ''), { scheduled: true });
    expect(atEight).toMatchObject({ planned: 4, sent: 4 });
    newEmails();
  });
});
