import { describe, expect, it } from 'vitest';
import { agreement2019Murni, agreement2019Perubahan } from '../../../shared/seed/hss-2019.js';
import { seedAgency } from '../../../shared/seed/organisation.js';
import { docxText, zipEntries } from '../docx/docx-text.fixture.js';
import { inspectPdf } from '../pdf/pdf-check.fixture.js';
import { seedContext } from '../report.fixture.js';
import { renderAgreementDocx } from './agreement-docx.js';
import { renderAgreementPdf } from './agreement-pdf.js';

const signedOn = '2019-01-02T01:00:00.000Z';
const context = seedContext(null);

describe('Perjanjian Kinerja as PDF', () => {
  it('prints the agreement table and both signature blocks', async () => {
    const { pngBytes, text } = await inspectPdf(
      await renderAgreementPdf({ agreement: agreement2019Murni, signedOn }, context),
    );
    expect(pngBytes).toBeGreaterThan(10_000);
    expect(text).toContain('PERJANJIAN KINERJA TAHUN 2019');
    expect(text).toContain('Perjanjian Kinerja versi 1 (Murni)');
    expect(text).toContain('Kandangan, 2 Januari 2019');
    expect(text).toContain('PIHAK PERTAMA,');
    expect(text).toContain('PIHAK KEDUA,');
    expect(text).toContain('BUPATI HULU SUNGAI SELATAN,');
    expect(text).toContain('Hj. SITI ERMA, S.Sos, M.AP');
    expect(text).toContain('NIP. 19670328 198609 2 001');
    // No regent's name yet: a line to sign over.
    expect(text).toContain('(.........................................)');
    // The Murni's activity budgets add up to the agreement's total.
    const total = agreement2019Murni.activities.reduce((sum, a) => sum + a.budget, 0);
    expect(text).toMatch(new RegExp(`JUMLAH\\s+${total.toLocaleString('id-ID').replace(/\./g, '\\.')}`));
  });
});

describe('signed by an acting official', () => {
  const plt = seedContext(null, {
    signatory: {
      name: 'H. Muhammad Rusdi, S.Sos',
      rank: 'Pembina Tingkat I',
      nip: '197204151998031005',
      acting: 'plt',
    },
  });

  it('reads "Plt. KEPALA DINAS …" above the acting official\'s own name, rank and NIP, in both formats', async () => {
    const pdf = (await inspectPdf(await renderAgreementPdf({ agreement: agreement2019Murni, signedOn }, plt)))
      .text;
    const docx = docxText(await renderAgreementDocx({ agreement: agreement2019Murni, signedOn }, plt));
    for (const text of [pdf, docx]) {
      expect(text).toContain('Plt. KEPALA DINAS SOSIAL KABUPATEN HULU SUNGAI SELATAN,');
      expect(text).toContain('H. Muhammad Rusdi, S.Sos');
      expect(text).toContain('Pembina Tingkat I');
      expect(text).toContain('NIP. 19720415 199803 1 005');
      expect(text).not.toContain('SITI ERMA');
    }
  });
});

describe('Perjanjian Kinerja as DOCX', () => {
  it('is a Word file with the same table and signatures, the regent named when known', async () => {
    const docx = await renderAgreementDocx(
      { agreement: agreement2019Perubahan, signedOn },
      seedContext(null, { regentName: 'H. AHMAD CONTOH, S.H.' }),
    );
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    const text = docxText(docx);
    expect(text).toContain('Perjanjian Kinerja versi 2 (Perubahan)');
    expect(text).toContain('A. Sasaran Strategis dan Indikator Kinerja Utama');
    expect(text).toContain('Penyaluran Pangan bagi Masyarakat Miskin');
    expect(text).toContain('6.562 KPM');
    expect(text).toContain('7.530.226.000');
    expect(text).toContain('H. AHMAD CONTOH, S.H.');
    expect(text).toContain('NIP. 19670328 198609 2 001');
    expect(text).toContain('Kandangan, 2 Januari 2019');
  });
});

describe('signed for an agency with a long name', () => {
  const long = seedContext(null, {
    agency: {
      ...seedAgency,
      name: 'Dinas Sosial, Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana Kabupaten Hulu Sungai Selatan',
    },
    regentName: 'H. ACHMAD FIKRY, S.Ag, M.AP',
  });
  const bothNames = (text: string) => text.includes('ACHMAD FIKRY') && text.includes('SITI ERMA');

  it("puts both names signed over on one line, however many lines the head's title takes, in both formats", async () => {
    const pdf = await renderAgreementPdf({ agreement: agreement2019Murni, signedOn }, long);
    expect((await inspectPdf(pdf)).text.split('\n').filter(bothNames)).toHaveLength(1);
    const docx = await renderAgreementDocx({ agreement: agreement2019Murni, signedOn }, long);
    const xml = new TextDecoder().decode(zipEntries(docx)['word/document.xml']);
    // Word aligns what shares a table row: the names in a row of their own, below the headings'.
    const [namesRow, ...more] = xml.split('</w:tr>').filter(bothNames);
    expect(more).toEqual([]);
    expect(namesRow).not.toContain('PIHAK PERTAMA');
  });
});
