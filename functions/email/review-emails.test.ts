import { describe, expect, it } from 'vitest';
import { agency, baseFor, expectPlainText, formUrl, seedUser, units } from './email.fixture.js';
import { renderEmail } from './render-email.js';
import type { PartReturnedEmailProps } from './templates/part-returned.js';

const tw1 = { year: 2026, quarter: 1 as const, timeZone: agency.timeZone };
type TReview = Pick<PartReturnedEmailProps, 'returnedByName' | 'comment' | 'indicatorComments' | 'dueAt'>;

/** The Rehabilitasi part of TW1 returned to its division head, with what the reviewer wrote. */
const returnedToRehabilitasi = (review: TReview) =>
  renderEmail({
    template: 'partReturned',
    props: {
      ...baseFor('kabid-rehabilitasi'),
      ...tw1,
      unitName: units.rehabilitasi.name,
      formUrl: formUrl(units.rehabilitasi.id),
      ...review,
    },
  });

describe('review emails', () => {
  it('part submitted → the verifier, with the local time and the review link', async () => {
    const email = await renderEmail({
      template: 'partSubmitted',
      props: {
        ...baseFor('verifikator'),
        ...tw1,
        unitName: units.pemberdayaan.name,
        submittedByName: seedUser('kabid-pemberdayaan').name,
        submittedAt: '2026-04-08T06:15:00Z',
        late: false,
        reviewUrl: `${formUrl(units.pemberdayaan.id)}/review`,
      },
    });
    expect(email.subject).toBe('Siap diverifikasi: Bidang Pemberdayaan Sosial, Triwulan I 2026');
    expect(email.text).toContain('Yth. Ahmad Fauzi, S.Sos');
    expect(email.text).toContain(
      'Noor Hidayati, S.Sos telah mengirim bagian laporan Bidang Pemberdayaan Sosial',
    );
    // 06:15 UTC is 14.15 in Kandangan.
    expect(email.text).toContain('Dikirim: Rabu, 8 April 2026 pukul 14.15 WITA');
    expect(email.text).not.toContain('setelah batas waktu');
    expect(email.html).toContain(`href="${formUrl(units.pemberdayaan.id)}/review"`);
    expectPlainText(email.text);
  });

  it('part returned → the division head, with the overall and per-indicator comments', async () => {
    const email = await returnedToRehabilitasi({
      returnedByName: seedUser('verifikator').name,
      comment: 'Data dukung belum dilampirkan.\nMohon lengkapi daftar penerima.',
      indicatorComments: [
        {
          indicatorName: 'Jumlah anak terlantar yang mendapatkan pelayanan sosial di dalam dan di luar panti',
          comment: 'Realisasi 120 melebihi target 100: tambahkan penjelasan.',
        },
      ],
      dueAt: '2026-04-10T23:59:00+08:00',
    });
    expect(email.subject).toBe(
      'Dikembalikan untuk perbaikan: Bidang Pelayanan dan Rehabilitasi Sosial, Triwulan I 2026',
    );
    expect(email.text).toContain('Ahmad Fauzi, S.Sos mengembalikan bagian laporan');
    expect(email.text).toContain('Data dukung belum dilampirkan.');
    expect(email.text).toContain(
      '• Jumlah anak terlantar yang mendapatkan pelayanan sosial di dalam dan di luar panti: Realisasi 120 melebihi target 100',
    );
    expect(email.text).toContain('Batas waktu: Jumat, 10 April 2026 pukul 23.59 WITA');
    expect(email.text).toContain(formUrl(units.rehabilitasi.id));
    expectPlainText(email.text);
  });

  it('lets a long address a reviewer pasted wrap, so the e-mail keeps a phone’s width', async () => {
    const link = 'https://drive.google.com/drive/folders/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789?usp=sharing';
    const email = await returnedToRehabilitasi({
      returnedByName: seedUser('verifikator').name,
      comment: `Data dukung:\n${link}`,
      indicatorComments: [],
    });
    // The words are laid out by the reader's e-mail client: the frame around them lets one break.
    const frame = email.html.match(/<table[^>]*style="([^"]*max-width:600px[^"]*)"/)?.[1];
    expect(frame).toContain('overflow-wrap:anywhere');
    expect(frame).toContain('word-break:break-word');
    expect(email.html).toContain(link);
  });

  it('escapes what reviewers type', async () => {
    const email = await returnedToRehabilitasi({
      returnedByName: 'Ahmad Fauzi, S.Sos',
      comment: '<script>alert(1)</script> realisasi < target',
      indicatorComments: [],
    });
    expect(email.html).not.toContain('<script>');
    expect(email.html).toContain('&lt;script&gt;');
    expect(email.text).not.toContain('Catatan per indikator');
  });

  it('part verified → the division head, in their language, with the link to the part', async () => {
    const email = await renderEmail({
      template: 'partVerified',
      props: {
        ...baseFor('kabid-perlindungan'),
        ...tw1,
        locale: 'en',
        unitName: units.perlindungan.name,
        verifiedByName: seedUser('verifikator').name,
        comment: 'Lengkap.',
        partUrl: formUrl(units.perlindungan.id),
      },
    });
    expect(email.subject).toBe('Verified: Bidang Perlindungan dan Jaminan Sosial, Quarter 1 2026');
    expect(email.text).toContain(
      'Ahmad Fauzi, S.Sos has verified the Bidang Perlindungan dan Jaminan Sosial part',
    );
    expect(email.text).toContain('Lengkap.');
    expect(email.html).toContain(`href="${formUrl(units.perlindungan.id)}"`);
    expectPlainText(email.text);
  });
});
