import { describe, expect, it } from 'vitest';
import { checkWorkbook } from './check-workbook.js';
import { sheetOf } from './checker.fixture.js';
import { findingsSheet } from './findings-sheet.js';

const header = [
  [
    'No',
    'Kegiatan',
    'Indikator',
    'Satuan',
    'Target',
    'Target Triwulan',
    '',
    '',
    '',
    'Realisasi',
    '',
    '',
    '',
    'Capaian (%)',
  ],
  ['', '', '', '', '', 'TW1', 'TW2', 'TW3', 'TW4', 'TW1', 'TW2', 'TW3', 'TW4', 'TW1', 'TW2', 'TW3', 'TW4'],
];

/** A sum indicator (20 + 20 = 40) whose TW4 capaian is typed 95: neither 185 % nor 92,5 %. */
const slipped = ['1', 'Bantuan', 'Penerima', 'Orang', 40, 0, 0, 20, 20, 0, 0, 0, 37, null, null, null, '95'];

const quarterly = (...rows: (string | number | null)[][]) =>
  checkWorkbook([sheetOf('TW', [...header, ...rows])]);

describe('checkWorkbook: quarterly tables', () => {
  it("takes a formula's cached value as shown, to 2 decimals", () => {
    const row = ['1', 'Bantuan', 'Penerima', 'Orang', 71, 71, 71, 71, 71, 68, null, null, null, 95.774647887];
    expect(quarterly(row).findings).toEqual([]);
  });

  it('reads the year to date by the targets: a sum where the quarters add up to the annual target', () => {
    // 20 + 20 = 40; 37 realised by TW4 against 40 to date is 92,5 %, not 185 % of TW4's own 20.
    const row = [
      '1',
      'Bantuan',
      'Penerima',
      'Orang',
      40,
      0,
      0,
      20,
      20,
      0,
      0,
      0,
      37,
      null,
      null,
      null,
      '92,50',
    ];
    expect(quarterly(row).findings).toEqual([]);
    expect(quarterly(slipped).findings).toMatchObject([
      { cell: 'Q3', kind: 'slip', computed: 185, toDate: 92.5 },
    ]);
  });

  it('recognises a lower-is-better indicator by its typed achievements', () => {
    // A poverty rate: target 6, realised 5 → (2 × 6 − 5) / 6 = 116,67 %.
    const row = [
      '1',
      'Kemiskinan',
      'Angka kemiskinan',
      'Persen',
      6,
      6,
      6,
      6,
      6,
      5,
      5,
      null,
      null,
      '116,67',
      '116,66',
    ];
    expect(quarterly(row).findings).toMatchObject([
      { cell: 'O3', reason: 'truncated', computed: 116.66666666666667 },
    ]);
  });

  it('lists 0 % typed for a quarter without a target apart from the slips', () => {
    const row = ['1', 'Bantuan', 'Penerima', 'Orang', 8, 0, 0, 8, 0, 0, 0, 8, null, 0, 0, 100];
    expect(quarterly(row).findings.map((f) => [f.cell, f.kind])).toEqual([
      ['N3', 'noTarget'],
      ['O3', 'noTarget'],
    ]);
  });
});

describe('checkWorkbook: budget tables', () => {
  const budget = (...rows: (string | number | null)[][]) =>
    checkWorkbook([
      sheetOf('Anggaran', [
        ['No', 'Program / Kegiatan', 'Alokasi', 'Realisasi', 'Realisasi (%)', 'Sisa'],
        ...rows,
      ]),
    ]).findings;

  it("checks each line's serapan and sisa, a program's line and the total against the lines they close", () => {
    const findings = budget(
      ['1', 'Program Pelayanan Administrasi', 300, 250, '83,33', 60],
      ['', 'Jasa kantor', 100, 50, '50', 50],
      ['', 'Makan minum', 200, 200, '100,00', 0],
      ['2', 'Program Sarana', 1000, 900, 90, 100],
      ['', 'Gedung', 1000, 900, '90,01', 100],
      ['', 'Jumlah', 1300, 1160, '89,23', 140],
    );
    expect(findings.map((f) => [f.cell, f.reason, f.computed])).toEqual([
      ['F2', 'remainder', 50],
      ['E6', 'absorption', 90],
      ['D7', 'total', 1150],
    ]);
  });
});

describe('findingsSheet', () => {
  it("lists each finding with its figures rounded as shown, in the reader's language", () => {
    const check = quarterly(slipped);
    const sheet = findingsSheet(check, 'en');
    expect(sheet.columns.map((c) => c.header)).toEqual([
      'Sheet',
      'Cell',
      'Row',
      'Column',
      'Typed',
      'Computed',
      'To date',
      'Kind',
      'Why',
    ]);
    expect(sheet.rows).toEqual([
      [
        'TW',
        'Q3',
        '1 Bantuan · Penerima',
        'Capaian (%) TW4',
        '95',
        185,
        92.5,
        'Wrong figure',
        "follows neither from the quarter's target and realisation nor from the year to date",
      ],
    ]);
  });
});

describe('checkWorkbook on a sheet of many slips under a long name', () => {
  // An activity named by a pasted paragraph of 30.000 characters, carried to the 1.200 indicators
  // below it, each TW4 capaian typed 95 (neither 185 % nor 92,5 %): 36 MB of findings as listed before.
  const name = `Kegiatan ${'sangat panjang '.repeat(2_000)}`;
  const below = ['', '', ...slipped.slice(2)];
  const check = quarterly(['1', name, ...slipped.slice(2)], ...Array.from({ length: 1_199 }, () => below));

  it('lists the first 500 findings with their count, each text clipped, well within the answers of 6 MB', () => {
    expect(check.findingsCount).toBe(1_200);
    expect(check.findings).toHaveLength(500);
    expect(check.findings.map((f) => f.cell)).toEqual(Array.from({ length: 500 }, (_, i) => `Q${i + 3}`));
    expect(check.findings[0]?.rowLabel).toMatch(/^1 Kegiatan sangat panjang .*…$/);
    expect(check.findings[0]?.rowLabel.length).toBe(300);
    // As the browser gets it, inside the JSON of Lambda's answer.
    expect(JSON.stringify(JSON.stringify(check)).length).toBeLessThan(1024 * 1024);
  });

  it('writes the same 500 as XLSX, their count below them', () => {
    const rows = findingsSheet(check, 'id').rows;
    expect(rows).toHaveLength(501);
    expect(rows.at(-1)?.[0]).toBe(
      'Yang dicantumkan hanya 500 angka pertama dari 1.200: perbaiki, lalu periksa lagi.',
    );
    expect(findingsSheet(check, 'en').rows.at(-1)?.[0]).toBe(
      'Only the first 500 of 1,200 are listed: fix them and check again.',
    );
  });
});
