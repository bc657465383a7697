import { describe, expect, it } from 'vitest';
import { agency, appUrl, baseFor, expectPlainText, seedUser, units } from './email.fixture.js';
import { renderEmail } from './render-email.js';

const tw1 = { year: 2026, quarter: 1 as const, timeZone: agency.timeZone };

describe('sign-off emails', () => {
  it('quarter ready → the head, listing the verified units', async () => {
    const email = await renderEmail({
      template: 'quarterReady',
      props: {
        ...baseFor('kepala-dinas'),
        year: 2026,
        quarter: 1,
        unitNames: Object.values(units).map((u) => u.name),
        signOffUrl: `${appUrl}/years/2026/quarters/1`,
      },
    });
    expect(email.subject).toBe('Siap ditandatangani: laporan kinerja Triwulan I 2026');
    expect(email.text).toContain(`Yth. ${agency.head.name}`);
    expect(email.text).toContain('Seluruh 4 bagian laporan telah diverifikasi');
    expect(email.text).toContain('• Bidang Perlindungan dan Jaminan Sosial');
    expect(email.text).toContain(`${appUrl}/years/2026/quarters/1`);
    expectPlainText(email.text);
  });

  it('quarter signed off → everyone, with links to the report files (in English too)', async () => {
    const files = [
      { label: 'Tabel Capaian Kinerja Triwulan I 2026 (PDF)', url: `${appUrl}/files/2026/q1/capaian.pdf` },
      { label: 'Realisasi Anggaran Triwulan I 2026 (Excel)', url: `${appUrl}/files/2026/q1/anggaran.xlsx` },
    ];
    const props = {
      ...tw1,
      signedOffByName: agency.head.name,
      signedOffAt: '2026-04-20T02:05:00Z',
      files,
    };
    const id = await renderEmail({
      template: 'quarterSignedOff',
      props: { ...baseFor('pengamat'), ...props },
    });
    expect(id.subject).toBe('Laporan kinerja Triwulan I 2026 telah ditandatangani');
    expect(id.text).toContain(
      `${agency.head.name} menandatangani laporan triwulan ini pada Senin, 20 April 2026 pukul 10.05 WITA`,
    );
    for (const file of files) {
      expect(id.text).toContain(`${file.label} ${file.url}`);
      expect(id.html).toContain(`href="${file.url}"`);
    }
    expectPlainText(id.text);
    const en = await renderEmail({
      template: 'quarterSignedOff',
      props: { ...baseFor('admin', 'en'), ...props },
    });
    expect(en.subject).toBe('Performance report Quarter 1 2026 signed off');
    expect(en.text).toContain('on Monday, 20 April 2026 at 10:05 WITA');
    expect(en.text).toContain('Dear Admin Sistem,');
  });

  it('agreement submitted → the head; a revision is named as the PK Perubahan', async () => {
    const email = await renderEmail({
      template: 'agreementSubmitted',
      props: {
        ...baseFor('kepala-dinas'),
        year: 2026,
        version: 2,
        submittedByName: seedUser('perencana').name,
        agreementUrl: `${appUrl}/years/2026/agreement/2`,
      },
    });
    expect(email.subject).toBe('Menunggu tanda tangan: Perjanjian Kinerja Perubahan 2026 (versi 2)');
    expect(email.text).toContain(
      'Rina Maulida, S.E. telah menyusun Perjanjian Kinerja Perubahan 2026 (versi 2)',
    );
    expect(email.text).toContain(`${appUrl}/years/2026/agreement/2`);
    expectPlainText(email.text);
  });

  it('agreement signed → the planner, with the quarter a revision applies from', async () => {
    const props = {
      ...baseFor('perencana'),
      year: 2026,
      signedByName: agency.head.name,
      signedAt: '2026-07-01T01:00:00Z',
      timeZone: agency.timeZone,
      effectiveFromQuarter: 3 as const,
      agreementUrl: `${appUrl}/years/2026/agreement`,
    };
    const revision = await renderEmail({ template: 'agreementSigned', props: { ...props, version: 2 } });
    expect(revision.subject).toBe('Perjanjian Kinerja Perubahan 2026 (versi 2) telah ditandatangani');
    expect(revision.text).toContain('pada Rabu, 1 Juli 2026 pukul 09.00 WITA');
    expect(revision.text).toContain('berlaku mulai Triwulan III 2026');
    expectPlainText(revision.text);
    const murni = await renderEmail({ template: 'agreementSigned', props: { ...props, version: 1 } });
    expect(murni.subject).toBe('Perjanjian Kinerja 2026 telah ditandatangani');
    expect(murni.text).not.toContain('berlaku mulai');
  });
});
