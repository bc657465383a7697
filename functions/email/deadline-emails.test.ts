import { render } from '@react-email/render';
import { describe, expect, it } from 'vitest';
import {
  agency,
  baseFor,
  dueTw1,
  expectPlainText,
  formUrl,
  perlindunganIndicators,
  units,
} from './email.fixture.js';
import { renderEmail } from './render-email.js';
import { ReminderEmail, type ReminderEmailProps } from './templates/reminder.js';

const reminder = (locale: 'id' | 'en' = 'id'): ReminderEmailProps => ({
  ...baseFor('kabid-perlindungan', locale),
  year: 2026,
  quarter: 1,
  unitName: units.perlindungan.name,
  dueAt: dueTw1,
  timeZone: agency.timeZone,
  daysLeft: 3,
  emptyIndicators: perlindunganIndicators,
  formUrl: formUrl(units.perlindungan.id),
});

const overdue = (audience: 'division_head' | 'head') => ({
  ...baseFor(audience === 'head' ? 'kepala-dinas' : 'kabid-perlindungan'),
  year: 2026,
  quarter: 1 as const,
  unitName: units.perlindungan.name,
  dueAt: dueTw1,
  timeZone: agency.timeZone,
  daysOverdue: 4,
  audience,
  divisionHeadNames: ['Rahmadi, S.AP'],
  headNames: [agency.head.name],
  emptyIndicators: perlindunganIndicators.slice(0, 1),
  formUrl: formUrl(units.perlindungan.id),
});

describe('reminder email', () => {
  it('tells the division head the quarter, the due moment in WITA, days left, empty indicators and the form', async () => {
    const email = await renderEmail({ template: 'reminder', props: reminder() });
    expect(email.subject).toBe('Pengingat: laporan kinerja Triwulan I 2026 jatuh tempo 3 hari lagi');
    for (const part of [email.html, email.text]) {
      expect(part).toContain('Yth. Rahmadi, S.AP');
      expect(part).toContain('Bidang Perlindungan dan Jaminan Sosial');
      expect(part).toContain('Jumat, 10 April 2026 pukul 23.59 WITA');
      expect(part).toContain('3 hari lagi');
      expect(part).toContain('Indikator yang belum diisi (3)');
      expect(part).toContain('Penyaluran pangan bagi masyarakat miskin');
      expect(part).toContain(
        'https://capaian.dinsos-hss.example/years/2026/quarters/1/parts/perlindungan-jaminan',
      );
    }
    expect(email.html).toContain('href="https://capaian.dinsos-hss.example/years/2026/quarters/1/parts/');
    expect(email.html).toContain('lang="id"');
    expectPlainText(email.text);
  });

  it('speaks English to a user who chose it', async () => {
    const email = await renderEmail({ template: 'reminder', props: { ...reminder('en'), daysLeft: 0 } });
    expect(email.subject).toBe('Reminder: performance report Quarter 1 2026 due today');
    expect(email.text).toContain('Friday, 10 April 2026 at 23:59 WITA');
    expect(email.text).toContain('Open the report form');
    expect(email.text).not.toContain('Pengingat');
    expectPlainText(email.text);
  });

  it('says the part only needs submitting when every indicator is filled', async () => {
    const email = await renderEmail({ template: 'reminder', props: { ...reminder(), emptyIndicators: [] } });
    expect(email.text).toContain('Semua indikator sudah terisi');
    expect(email.text).not.toContain('belum diisi');
  });

  it('gives the same text as render(…, { plainText: true })', async () => {
    const email = await renderEmail({ template: 'reminder', props: reminder() });
    expect(email.text).toBe(await render(ReminderEmail(reminder()), { plainText: true }));
  });
});

describe('overdue email', () => {
  it('tells the division head how late, and that the head is in copy', async () => {
    const email = await renderEmail({ template: 'overdue', props: overdue('division_head') });
    expect(email.subject).toBe(
      'Lewat batas waktu: Bidang Perlindungan dan Jaminan Sosial, Triwulan I 2026 (terlambat 4 hari)',
    );
    expect(email.text).toContain('batas waktunya Jumat, 10 April 2026 pukul 23.59 WITA');
    expect(email.text).toContain(
      `Salinan pemberitahuan ini dikirim kepada Kepala Dinas, ${agency.head.name}.`,
    );
    expect(email.text).not.toContain('dapat dimatikan');
    expectPlainText(email.text);
  });

  it('tells the head it is their copy and who answers for the unit', async () => {
    const email = await renderEmail({ template: 'overdue', props: overdue('head') });
    expect(email.text).toContain(`Yth. ${agency.head.name}`);
    expect(email.text).toContain('Anda menerima salinan ini sebagai Kepala Dinas');
    expect(email.text).toContain('Rahmadi, S.AP');
    expect(email.text).not.toContain('Salinan pemberitahuan ini dikirim');
    expectPlainText(email.text);
  });
});

describe('digest email', () => {
  it('lists every pending part, most pressing first, each with its own link', async () => {
    const item = { year: 2026, quarter: 1 as const, dueAt: dueTw1 };
    const email = await renderEmail({
      template: 'digest',
      props: {
        ...baseFor('kepala-dinas'),
        timeZone: agency.timeZone,
        items: [
          {
            ...item,
            kind: 'overdue',
            daysOverdue: 4,
            asHead: true,
            unitName: units.perlindungan.name,
            formUrl: formUrl(units.perlindungan.id),
          },
          {
            ...item,
            kind: 'overdue',
            daysOverdue: 4,
            asHead: true,
            unitName: units.rehabilitasi.name,
            formUrl: formUrl(units.rehabilitasi.id),
          },
          {
            ...item,
            kind: 'reminder',
            daysLeft: 1,
            year: 2026,
            quarter: 2,
            unitName: units.sekretariat.name,
            formUrl: formUrl('sekretariat', 2026, 2),
          },
        ],
      },
    });
    expect(email.subject).toBe('3 laporan kinerja menunggu, 2 lewat batas waktu');
    expect(email.text).toContain(
      'Bidang Perlindungan dan Jaminan Sosial, Triwulan I 2026: terlambat 4 hari, salinan untuk Kepala Dinas',
    );
    expect(email.text).toContain('Sekretariat, Triwulan II 2026: besok');
    expect(email.text.indexOf('Perlindungan')).toBeLessThan(email.text.indexOf('Sekretariat, Triwulan II'));
    for (const url of [
      formUrl(units.perlindungan.id),
      formUrl(units.rehabilitasi.id),
      formUrl('sekretariat', 2026, 2),
    ]) {
      expect(email.text).toContain(url);
    }
    expectPlainText(email.text);
  });
});
