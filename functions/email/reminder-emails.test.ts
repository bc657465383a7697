import { describe, expect, it } from 'vitest';
import { digestByRecipient } from '../../shared/reminders/digest.js';
import { planReminders } from '../../shared/reminders/plan-reminders.js';
import { sweepOptions, withUser } from '../../shared/reminders/reminders.fixture.js';
import { agency, expectPlainText, formUrl, perlindunganIndicators } from './email.fixture.js';
import { type ReminderEmailContext, reminderEmail } from './reminder-emails.js';
import { renderEmail } from './render-email.js';

const context: ReminderEmailContext = {
  agencyName: agency.name,
  timeZone: agency.timeZone,
  formUrl: (n) => formUrl(n.unitId, n.year, n.quarter),
  emptyIndicators: (n) => (n.unitId === 'perlindungan-jaminan' ? perlindunganIndicators : []),
};

/** A sweep's emails as the lead's job will make them: plan, group by recipient, render. */
async function sweep(...args: Parameters<typeof sweepOptions>) {
  const digests = digestByRecipient(planReminders(sweepOptions(...args)));
  return Promise.all(
    digests.map(async (digest) => {
      const email = reminderEmail(digest, context);
      return { to: digest.recipient.email, email, ...(await renderEmail(email)) };
    }),
  );
}

describe('reminder emails from a sweep', () => {
  it('sends each division head one reminder on D-3, in their language', async () => {
    const users = withUser('kabid-perlindungan', { locale: 'en' });
    const emails = await sweep('2026-04-07T08:00:00+08:00', { sekretariat: 'submitted' }, users);
    expect(emails.map((e) => [e.to, e.email.template])).toEqual([
      ['pemberdayaan@dinsos-hss.example', 'reminder'],
      ['rehabilitasi@dinsos-hss.example', 'reminder'],
      ['perlindungan@dinsos-hss.example', 'reminder'],
    ]);
    const english = emails[2];
    expect(english?.subject).toBe('Reminder: performance report Quarter 1 2026 due in 3 days');
    expect(english?.text).toContain('Dear Rahmadi, S.AP,');
    expect(english?.text).toContain('Friday, 10 April 2026 at 23:59 WITA');
    expect(english?.text).toContain('Penyaluran pangan bagi masyarakat miskin');
    expect(english?.text).toContain(formUrl('perlindungan-jaminan'));
    expect(emails[0]?.text).toContain('Jumat, 10 April 2026 pukul 23.59 WITA');
    for (const e of emails) expectPlainText(e.text);
  });

  it('on overdue day 1 gives the head one digest of every late unit, each division head their own notice', async () => {
    const emails = await sweep('2026-04-11T08:00:00+08:00', { sekretariat: 'verified' });
    const head = emails.find((e) => e.to === 'kepala@dinsos-hss.example');
    expect(head?.email.template).toBe('digest');
    expect(head?.subject).toBe('3 laporan kinerja menunggu, 3 lewat batas waktu');
    expect(head?.text).toContain(
      'Bidang Pemberdayaan Sosial, Triwulan I 2026: terlambat 1 hari, salinan untuk Kepala Dinas',
    );
    const division = emails.find((e) => e.to === 'perlindungan@dinsos-hss.example');
    expect(division?.email.template).toBe('overdue');
    expect(division?.text).toContain(
      `Salinan pemberitahuan ini dikirim kepada Kepala Dinas, ${agency.head.name}.`,
    );
    expect(emails).toHaveLength(4);
  });
});
