import { afterAll, describe, expect, it, vi } from 'vitest';
import type { TOutgoingEmail } from '../../functions/email/send-email.js';
import { openYear } from '../../functions/local/seed-demo.js';
import { drainOutbox } from '../../functions/outbox/drain-outbox.js';
import { outboxHandlers } from '../../functions/outbox-handlers.js';
import { runReminderSweep } from '../../functions/reminders/run-sweep.js';
import { nationalCalendar, quarterDeadline } from '../../shared/calendar/quarter-deadline.js';
import { addDays } from '../../shared/calendar/working-days.js';
import { emptyMailOutbox, sentTo } from '../support/mail-outbox.js';
import { withSeededStore } from '../support/seeded-store.js';
import { submitCompleteEntry } from '../support/submit-part.js';
import { expectStoreAgrees } from './store-agreement.js';

/**
 * A crash between claiming an email and sending it: while `crashed` is set, sending never
 * returns, as if the process had died right after writing its claim. Nothing of it is sent.
 */
const crash = vi.hoisted(() => ({ crashed: false, reached: () => {} }));
vi.mock('../../functions/email/send-email.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../functions/email/send-email.js')>();
  return {
    ...actual,
    sendEmail: (email: TOutgoingEmail) => {
      if (!crash.crashed) return actual.sendEmail(email);
      crash.reached();
      return new Promise<void>(() => {});
    },
  };
});

/** Runs `work` until it reaches its first send, then abandons it there: a crashed process. */
async function crashAtFirstSend(work: () => Promise<unknown>): Promise<void> {
  crash.crashed = true;
  await new Promise<void>((reached) => {
    crash.reached = reached;
    void work();
  });
  crash.crashed = false;
}

withSeededStore();
afterAll(emptyMailOutbox);
const year = openYear();
const minutesAfter = (at: string, minutes: number) =>
  new Date(Date.parse(at) + minutes * 60_000).toISOString();

describe('a crash between claim and send', () => {
  it('leaves the reminders to the next sweep once the claims’ lease has run out, sent exactly once', async () => {
    // Seven days before Q1's deadline (the fifth working day after it ends), 08:00 WITA.
    const at = `${addDays(quarterDeadline(year, 1, nationalCalendar(year)), -7)}T08:00:00+08:00`;
    await crashAtFirstSend(() => runReminderSweep(at));
    expect(sentTo()).toEqual([]);

    // Ten minutes later the claims of the dead sweep have lapsed: the next sweep sends each once.
    const next = await runReminderSweep(minutesAfter(at, 10));
    expect(next).toMatchObject({ planned: 4, sent: 4, alreadySent: 0, failed: 0 });
    expect(await runReminderSweep(minutesAfter(at, 20))).toMatchObject({ sent: 0, alreadySent: 4 });
    expect(sentTo()).toEqual([
      'pemberdayaan@dinsos-hss.example',
      'perlindungan@dinsos-hss.example',
      'rehabilitasi@dinsos-hss.example',
      'sekretaris@dinsos-hss.example',
    ]);
  });

  it('leaves a workflow email to a later drain once the lease has run out, sent exactly once', async () => {
    emptyMailOutbox();
    await submitCompleteEntry({ year, quarter: 2, unitId: 'sekretariat' });

    const now = new Date().toISOString();
    const clockAt = (minutes: number) => ({ now: () => minutesAfter(now, minutes), newId: () => 'unused' });
    await crashAtFirstSend(() => drainOutbox(outboxHandlers, { clock: clockAt(0) }));
    expect(sentTo()).toEqual([]);

    await drainOutbox(outboxHandlers, { clock: clockAt(10) });
    await drainOutbox(outboxHandlers, { clock: clockAt(20) });
    expect(sentTo()).toEqual(['verifikator@dinsos-hss.example']);
    await expectStoreAgrees();
  });
});
