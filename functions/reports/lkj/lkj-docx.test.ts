import { describe, expect, it } from 'vitest';
import { agreement2019Perubahan, parts2019 } from '../../../shared/seed/hss-2019.js';
import { docxText, zipEntries } from '../docx/docx-text.fixture.js';
import { seedContext, seedTables } from '../report.fixture.js';
import { renderLkjDocx } from './lkj-docx.js';
import { latestNarratives } from './lkj-programs.js';

const { performance, budget } = seedTables(4);
const narratives = latestNarratives(parts2019);
const options = { agreement: agreement2019Perubahan, performance, budget, narratives };

describe('latestNarratives', () => {
  it("takes each program's narrative from the latest quarter that has one", () => {
    expect(narratives.map((n) => n.programCode).sort()).toEqual(['1', '2', '3', '4', '5']);
    const secretariat = narratives.find((n) => n.programCode === '5');
    expect(secretariat?.activitiesCarriedOut).toContain('Triwulan II');
  });
});

describe('LKj draft as DOCX', async () => {
  const docx = await renderLkjDocx(options, seedContext(null, { generatedAt: '2020-01-20T01:00:00.000Z' }));
  const text = docxText(docx);

  it('is a Word file with chapters I–IV', () => {
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    expect(Object.keys(zipEntries(docx))).toEqual(
      expect.arrayContaining(['word/document.xml', 'word/styles.xml']),
    );
    const order = ['KATA PENGANTAR', 'IKHTISAR EKSEKUTIF', 'BAB I PENDAHULUAN', 'BAB II PERENCANAAN KINERJA'];
    const later = ['BAB III AKUNTABILITAS KINERJA', 'B. Realisasi Anggaran', 'BAB IV PENUTUP'];
    const positions = [...order, ...later].map((heading) => text.indexOf(heading));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it("fills in the agency's data, every table and the units' narratives", () => {
    expect(text).toContain('DINAS SOSIAL KABUPATEN HULU SUNGAI SELATAN');
    expect(text).toContain('Kandangan, Januari 2020');
    expect(text).toContain('Bidang Perlindungan dan Jaminan Sosial');
    // IKU table, agreement table, annual table and budget table.
    expect(text).toContain('Jumlah PMKS yang mandiri dibagi jumlah PMKS yang terdata x 100%');
    expect(text).toContain('A. Sasaran Strategis dan Indikator Kinerja Utama');
    expect(text).toContain('Capaian (%)');
    expect(text).toContain('15.959.915.800');
    expect(text).toContain('Rp 15.184.698.608');
    expect(text).toContain('95,14 %');
    expect(text).toContain(
      'Keluarga miskin yang mendapatkan bantuan usaha ekonomi produktif (UEP) sebanyak 120 KK',
    );
    expect(text).toContain('Faktor penghambat dalam mencapai sasaran:');
    expect(text).toContain('NIP. 19670328 198609 2 001');
  });

  it("prints the quarterly table with each quarter's own achievement and the achievement to date, labelled", () => {
    const quarterly = text.slice(text.indexOf('Capaian per triwulan dan s.d. triwulan'));
    expect(quarterly).toContain('Capaian Triwulan (%)');
    expect(quarterly).toContain('Capaian s.d. Triwulan (%)');
    expect(quarterly).toContain('s.d. TW4');
    // The main IKU's TW4: 6,02 of 0,27 (its own), and to date its year's parts 10.249 / 16.982 of 65,74.
    expect(quarterly).toMatch(/Persentase Angka PMKS yang mandiri .*2\.229,63 .*91,80/);
    expect(quarterly).toContain('10.249 / 16.982 = 60,35 %; jumlah triwulan 60,29 %, selisih 0,06');
  });

  it('marks what the planner still has to write', () => {
    expect(text).toContain('[Diisi oleh perencana: daftar prestasi dan penghargaan tahun ini]');
  });

  it('is signed by whoever signed the year off: a Plh. under their own name', async () => {
    const signatory = {
      name: 'H. Muhammad Rusdi, S.Sos',
      rank: 'Pembina Tingkat I',
      nip: '197204151998031005',
    };
    const plh = docxText(
      await renderLkjDocx(options, seedContext(null, { signatory: { ...signatory, acting: 'plh' } })),
    );
    expect(plh).toContain('Plh. KEPALA DINAS SOSIAL KABUPATEN HULU SUNGAI SELATAN,');
    expect(plh).toContain('NIP. 19720415 199803 1 005');
    expect(plh).not.toContain('NIP. 19670328 198609 2 001');
  });
});
