import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { config } from '../functions/config.js';
import { openYear } from '../functions/local/seed-demo.js';
import { runReminderSweep } from '../functions/reminders/run-sweep.js';
import { clientAs, expectStatus } from './support/api-client.js';
import { completeEntry } from './support/fill-part.js';
import { withSeededStore } from './support/seeded-store.js';

withSeededStore();
const outbox = config.MAIL_OUTBOX_DIR ?? '';
afterAll(() => rmSync(outbox, { recursive: true, force: true }));

const year = openYear();
type TSent = { to: string[]; subject: string; text: string };
let seen = 0;
/** The emails written since the last call. */
function newEmails(): TSent[] {
  const names = readdirSync(outbox)
    .filter((name) => name.endsWith('.json'))
    .sort();
  const read = (name: string) => readFileSync(join(outbox, name), 'utf8');
  const fresh = names
    .slice(seen)
    .map((name) => ({ ...JSON.parse(read(name)), text: read(name.replace(/\.json$/, '.txt')) }));
  seen = names.length;
  return fresh;
}
const recipients = (emails: TSent[]) => emails.flatMap((email) => email.to).sort();

describe('the reminder sweep', () => {
  it('reminds exactly the unsubmitted parts, once, escalates when overdue, and counts days in WITA', async () => {
    // Q1 is due on 10 April, 23:59 WITA. Seven days before, every unit is still in draft.
    const first = await runReminderSweep(`${year}-04-03T08:00:00+08:00`);
    expect(first).toMatchObject({ quarters: 1, planned: 4, sent: 4, alreadySent: 0, failed: 0 });
    expect(recipients(newEmails())).toEqual([
      'pemberdayaan@dinsos-hss.example',
      'perlindungan@dinsos-hss.example',
      'rehabilitasi@dinsos-hss.example',
      'sekretaris@dinsos-hss.example',
    ]);

    // The same sweep again (or a concurrent one) sends nothing.
    expect(await runReminderSweep(`${year}-04-03T08:00:00+08:00`)).toMatchObject({ sent: 0, alreadySent: 4 });
    expect(newEmails()).toEqual([]);

    // The Sekretariat submits; three days before the due date only the other three are reminded.
    const yearParam = { agencyId: 'dinsos-hss', year: String(year) };
    const yearApi = (userId: string) => clientAs(userId).agencies[':agencyId'].years[':year'];
    const agreement = await expectStatus(yearApi('pengamat').agreement.$get({ param: yearParam }), 200);
    const version = agreement.versions[0]?.agreement ?? expect.fail('no agreement');
    const partApi = yearApi('sekretaris').quarters[':quarter'].parts[':unitId'];
    const partParam = { ...yearParam, quarter: '1', unitId: 'sekretariat' };
    const entry = completeEntry(version, 'sekretariat', 1);
    const saved = await expectStatus(partApi.$put({ param: partParam, json: { revision: 1, entry } }), 200);
    await expectStatus(
      partApi[':transition'].$post({
        param: { ...partParam, transition: 'submit' },
        json: { revision: saved.revision },
      }),
      200,
    );
    expect(await runReminderSweep(`${year}-04-07T08:00:00+08:00`)).toMatchObject({ sent: 3 });
    expect(recipients(newEmails())).not.toContain('sekretaris@dinsos-hss.example');

    // 23:30 WITA on the due day is still D-0 although it is 15:30 UTC.
    const lastCall = await runReminderSweep(`${year}-04-10T15:30:00Z`);
    expect(lastCall).toMatchObject({ planned: 3, sent: 3 });
    const dueToday = newEmails();
    expect(dueToday.every((email) => email.text.includes(`10 April ${year} pukul 23.59 WITA`))).toBe(true);

    // 00:30 WITA on 11 April is overdue day 1 — while UTC still says 10 April — and the head is told.
    const overdue = await runReminderSweep(`${year}-04-10T16:30:00Z`);
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
    expect(await runReminderSweep(`${year}-04-11T08:00:00+08:00`)).toMatchObject({ sent: 0, alreadySent: 6 });
  });

  it('sweeps each agency in the hourly run only in its own sending hour', async () => {
    // Q2 is due on 10 July; D-7 is 3 July. The default sending hour is 08:00 WITA (00:00 UTC).
    expect(await runReminderSweep(`${year}-07-03T06:00:00+08:00`, { scheduled: true })).toMatchObject({
      planned: 0,
      sent: 0,
    });
    const atEight = await runReminderSweep(`${year}-07-03T08:00:00+08:00`, { scheduled: true });
    expect(atEight).toMatchObject({ planned: 4, sent: 4 });
    newEmails();
  });
});
