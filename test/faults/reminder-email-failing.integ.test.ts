import { afterAll, describe, expect, it, vi } from 'vitest';

// Metrics are written at `info`: this file reads them, so it logs from there (set before the import).
vi.hoisted(() => {
  process.env.LOG_LEVEL = 'info';
});

import type { TOutgoingEmail } from '../../functions/email/send-email.js';
import { openYear } from '../../functions/local/seed-demo.js';
import { runReminderSweep } from '../../functions/reminders/run-sweep.js';
import { nationalCalendar, quarterDeadline } from '../../shared/calendar/quarter-deadline.js';
import { addDays } from '../../shared/calendar/working-days.js';
import { emptyMailOutbox, sentTo } from '../support/mail-outbox.js';
import { withSeededStore } from '../support/seeded-store.js';
import { expectStoreAgrees } from './store-agreement.js';

/** SES refusing one address while `refused` names it. */
const ses = vi.hoisted(() => ({ refused: '' }));
vi.mock('../../functions/email/send-email.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../functions/email/send-email.js')>();
  return {
    ...actual,
    sendEmail: (email: TOutgoingEmail) =>
      email.to.includes(ses.refused)
        ? Promise.reject(new Error(`MessageRejected: ${ses.refused} is on the suppression list`))
        : actual.sendEmail(email),
  };
});

withSeededStore();
afterAll(emptyMailOutbox);

/** The JSON lines the sweep writes while `work` runs. */
async function linesWritten(work: () => Promise<unknown>): Promise<Record<string, unknown>[]> {
  const lines: string[] = [];
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    lines.push(String(chunk));
    return true;
  });
  try {
    await work();
  } finally {
    write.mockRestore();
  }
  return lines
    .flatMap((line) => line.split('\n'))
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line));
}

describe('a reminder email that fails', () => {
  it('is logged with its cause and counted as EmailsFailed, not only returned; the next sweep sends it once', async () => {
    // A week before TW1's deadline by the calendar, at the sending hour: the first reminder.
    const year = openYear();
    const at = `${addDays(quarterDeadline(year, 1, nationalCalendar(year)), -7)}T08:00:00+08:00`;
    ses.refused = 'sekretaris@dinsos-hss.example';
    let result: unknown;
    const lines = await linesWritten(async () => {
      result = await runReminderSweep(at);
    });
    expect(result).toMatchObject({ planned: 4, sent: 3, failed: 1 });
    expect(lines).toContainEqual(
      expect.objectContaining({
        level: 'ERROR',
        message: 'reminder email failed; its notices are left to the next sweep',
        agencyId: 'dinsos-hss',
        error: expect.objectContaining({ message: expect.stringContaining('suppression list') }),
      }),
    );
    const failedMetrics = lines.filter((line) => line.EmailsFailed !== undefined);
    expect(failedMetrics).toEqual([expect.objectContaining({ EmailsFailed: 1, Stage: 'test' })]);
    expect(lines.filter((line) => line.EmailsSent !== undefined).length).toBe(3);

    // Mended: the next sweep sends only the one that failed, once.
    ses.refused = '';
    const next = await runReminderSweep(new Date(Date.parse(at) + 3_600_000).toISOString());
    expect(next).toMatchObject({ sent: 1, alreadySent: 3, failed: 0 });
    expect(sentTo()).toEqual([
      'pemberdayaan@dinsos-hss.example',
      'perlindungan@dinsos-hss.example',
      'rehabilitasi@dinsos-hss.example',
      'sekretaris@dinsos-hss.example',
    ]);
    await expectStoreAgrees();
  });
});
