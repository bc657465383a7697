import { describe, expect, it } from 'vitest';
import { defaultStatusBands } from '../../../shared/model/status-band.js';
import { seedUnits } from '../../../shared/seed/organisation.js';
import { inspectPdf, pngSize, wordsBrokenInside } from '../pdf/pdf-check.fixture.js';
import { seedContext, seedTables } from '../report.fixture.js';
import { performanceReportTable } from '../tables/performance-report-table.js';
import { readSheet } from '../xlsx/xlsx-read.fixture.js';
import { renderPerformancePdf, renderPerformanceXlsx } from './performance-report.js';

const { performance: tw2 } = seedTables(2);
const context = seedContext(2);
const quarterColumns = (first: number) => [0, 1, 2, 3].map((q) => first + q);
const bandColor = (id: string | null) =>
  defaultStatusBands
    .find((b) => b.id === id)
    ?.color.slice(1)
    .toUpperCase();

describe('Tabel Capaian Kinerja Triwulan as XLSX', async () => {
  const { sheet, rowWith, merges } = await readSheet(await renderPerformanceXlsx(tw2, context));
  const top = rowWith('No');
  const body = top + 3;

  it('has the title block: table, agency, quarter and agreement version', () => {
    expect(sheet.getCell('A1').value).toBe('TABEL CAPAIAN KINERJA TRIWULAN II TAHUN 2019');
    expect(sheet.getCell('A2').value).toBe('DINAS SOSIAL KABUPATEN HULU SUNGAI SELATAN');
    expect(sheet.getCell('A3').value).toBe(
      'Keadaan s.d. Triwulan II · Perjanjian Kinerja versi 2 (Perubahan)',
    );
  });

  it('merges the group headers and numbers the columns 1–21 as the seed numbers its 1–16', () => {
    expect(merges).toEqual(
      expect.arrayContaining([
        `F${top}:I${top}`,
        `J${top}:M${top}`,
        `N${top}:Q${top}`,
        `R${top}:U${top}`,
        `A${top}:A${top + 1}`,
        `E${top}:E${top + 1}`,
        `V${top}:V${top + 1}`,
        `A${top + 2}:B${top + 2}`,
      ]),
    );
    expect(sheet.getCell(`F${top}`).value).toBe('Target Triwulan');
    expect(sheet.getCell(`J${top}`).value).toBe('Realisasi Triwulan');
    expect(sheet.getCell(`N${top}`).value).toBe('Capaian Triwulan (%)');
    expect(sheet.getCell(`R${top}`).value).toBe('Capaian s.d. Triwulan (%)');
    expect(sheet.getCell(`F${top + 1}`).value).toBe('TW1');
    expect(sheet.getCell(`N${top + 1}`).value).toBe('TW1');
    expect(sheet.getCell(`R${top + 1}`).value).toBe('s.d. TW1');
    expect(sheet.getCell(`U${top + 1}`).value).toBe('s.d. TW4');
    const numbers = Array.from({ length: 21 }, (_, i) => sheet.getCell(top + 2, i + 2).value);
    expect(numbers).toEqual(Array.from({ length: 21 }, (_, i) => String(i + 1)));
    expect(sheet.getCell(top + 2, 1).value).toBe('1');
  });

  it('holds every indicator of the computed table as real numbers', () => {
    tw2.rows.forEach((row, i) => {
      const r = body + i;
      expect(sheet.getCell(r, 3).value).toBe(row.indicatorName);
      expect(sheet.getCell(r, 4).value).toBe(row.unit);
      expect(sheet.getCell(r, 5).value).toBe(row.target);
      expect(quarterColumns(6).map((c) => sheet.getCell(r, c).value)).toEqual(row.quarterTargets);
      expect(sheet.getCell(r, 10).value).toBe(row.realisations[0]);
      expect(sheet.getCell(r, 11).value).toBe(row.realisations[1]);
      const expectAchievements = (achievements: (number | null)[], first: number) =>
        achievements.slice(0, 2).forEach((a, q) => {
          const cell = sheet.getCell(r, first + q);
          if (a === null) expect(cell.value === null || cell.value === '–').toBe(true);
          else expect(cell.value).toBeCloseTo(a, 10);
        });
      expectAchievements(row.quarterAchievements, 14);
      expectAchievements(row.toDateAchievements, 18);
    });
  });

  it('leaves quarters not yet reported blank, not zero', () => {
    tw2.rows.forEach((_, i) => {
      for (const c of [12, 13, 16, 17, 20, 21]) expect(sheet.getCell(body + i, c).value).toBeNull();
    });
  });

  it('uses id-ID display formats: whole numbers, two decimals, a grade as a literal', () => {
    const rowOf = (found: (row: (typeof tw2.rows)[number]) => boolean) => body + tw2.rows.findIndex(found);
    const families = rowOf((row) => row.unit === 'KPM');
    const index = rowOf((row) => row.indicatorName === 'Indeks Reformasi Birokrasi');
    expect(sheet.getCell(families, 5).numFmt).toBe('#,##0');
    expect(sheet.getCell(families, 6).value).toBe(6_562);
    expect(sheet.getCell(index, 5).numFmt).toBe('#,##0.00');
    expect(
      sheet.getCell(
        rowOf((row) => row.targetGrade === 'A'),
        5,
      ).numFmt,
    ).toBe('#,##0.00" (A)"');
    expect(sheet.getCell(families, 14).numFmt).toBe('#,##0.00');
  });

  it('fills the status cell with the band colour and prints the legend below', () => {
    const i = tw2.rows.findIndex((row) => row.band === 'very-high');
    const status = sheet.getCell(body + i, 22);
    expect(status.value).toBe('Sangat tinggi');
    expect(status.fill).toMatchObject({
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: `FF${bandColor('very-high')}` },
    });
    const legend = rowWith('Keterangan status capaian:', 2);
    expect(legend).toBeGreaterThan(body + tw2.rows.length);
    expect(sheet.getCell(legend + 1, 2).value).toBe('Sangat tinggi (91 % ke atas)');
    expect(sheet.getCell(legend + 5, 2).value).toBe('Sangat rendah (< 51 %)');
  });

  it('merges the owner over its indicators (activity 1.4 has two)', () => {
    const first = body + tw2.rows.findIndex((row) => row.code === '1.4');
    expect(merges).toEqual(expect.arrayContaining([`A${first}:A${first + 1}`, `B${first}:B${first + 1}`]));
    expect(sheet.getCell(first, 1).value).toBe('1.4');
  });
});

describe('Tabel Capaian Kinerja Triwulan IV: the quarter and the year to date, each labelled', async () => {
  const { performance: tw4 } = seedTables(4);
  const { sheet, rowWith } = await readSheet(await renderPerformanceXlsx(tw4, seedContext(4)));
  const iku = rowWith('Persentase Angka PMKS yang mandiri', 3);

  it("shows the main IKU's TW4 own achievement (6,02 of 0,27: 2.229,63 %) under TW4 of the quarter's group", () => {
    expect(sheet.getCell(iku, 17).value).toBeCloseTo((6.02 / 0.27) * 100, 8);
    expect(sheet.getCell(iku, 17).numFmt).toBe('#,##0.00');
  });

  it("and its achievement to date under s.d. TW4, from the year's reported parts (10.249 / 16.982 of 65,74: 91,80 %)", () => {
    expect(sheet.getCell(iku, 21).value).toBeCloseTo((((10_249 / 16_982) * 100) / 65.74) * 100, 8);
    const note = rowWith(
      'IKU-3 Persentase Angka PMKS yang mandiri: realisasi tahun dari pembilang dan penyebut setahun, 10.249 / 16.982 = 60,35 %; jumlah triwulan 60,29 %, selisih 0,06',
      2,
    );
    expect(note).toBeGreaterThan(iku);
  });

  it('marks a reported quarter without a target "–" in its own group, and measures it to date', () => {
    // Bantuan Usaha bagi Masyarakat Miskin: target 130 in TW3 only, 120 realised in TW4.
    const row = rowWith('1.1');
    expect(sheet.getCell(row, 17).value).toBe('–');
    expect(sheet.getCell(row, 21).value).toBeCloseTo((120 / 130) * 100, 8);
  });
});

describe('Tabel Capaian Kinerja Triwulan per unit and in English', () => {
  it("shows a unit's own rows under the unit's name", async () => {
    const { performance } = seedTables(2, seedUnits.sekretariat.id);
    const { sheet, rowWith } = await readSheet(await renderPerformanceXlsx(performance, context));
    expect(sheet.getCell('A3').value).toBe('Sekretariat');
    const body = rowWith('No') + 3;
    expect(performance.rows.map((_, i) => sheet.getCell(body + i, 3).value)).toEqual(
      performance.rows.map((row) => row.indicatorName),
    );
    expect(sheet.getCell(body + performance.rows.length, 3).value).toBeNull();
  });

  it('labels the English variant in English', async () => {
    const { sheet, rowWith } = await readSheet(
      await renderPerformanceXlsx(tw2, seedContext(2, { locale: 'en' })),
    );
    expect(sheet.getCell('A1').value).toBe('PERFORMANCE ACHIEVEMENT TABLE QUARTER 2 2019');
    expect(sheet.getCell(rowWith('No'), 6).value).toBe('Quarterly target');
    expect(sheet.getCell(rowWith('No'), 14).value).toBe("Quarter's achievement (%)");
    expect(sheet.getCell(rowWith('No'), 18).value).toBe('Achievement to date (%)');
    expect(sheet.getCell(rowWith('No') + 1, 18).value).toBe('to Q1');
  });
});

describe('Tabel Capaian Kinerja Triwulan as PDF', () => {
  it('is a valid A4 landscape document with the agency, repeated headers and page footer', async () => {
    const pdf = await renderPerformancePdf(tw2, context);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { pngBytes, png, pages, text } = await inspectPdf(pdf);
    expect(pngBytes).toBeGreaterThan(10_000);
    const { width, height } = pngSize(png);
    expect(width).toBeGreaterThan(height);
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain('DINAS SOSIAL KABUPATEN HULU SUNGAI SELATAN');
    expect(text).toContain('12 Juli 2019 10.30 WITA');
    expect(text).toContain(`Halaman 1 dari ${pages}`);
    // Every page holding rows of the table repeats its header rows.
    const tablePages = text.split('\f').filter((page) => /^\s*\d\.\d\s/m.test(page));
    expect(tablePages.length).toBeGreaterThan(1);
    for (const page of tablePages) expect(page).toContain('Target Triwulan');
    expect(text).toContain('Capaian Triwulan (%)');
    expect(text).toContain('Capaian s.d. Triwulan (%)');
    expect(text).toContain('Penyaluran Pangan');
  });

  it('breaks no word inside: the Satuan column holds "Dokumen" and "Nilai/Predikat" whole', async () => {
    const table = performanceReportTable(tw2, context);
    expect(await wordsBrokenInside(table, await renderPerformancePdf(tw2, context))).toEqual([]);
  });
});
