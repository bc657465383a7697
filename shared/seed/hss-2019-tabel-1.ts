import { type TRowFigures, type TTypedAchievements, tableRows } from './hss-2019-row.js';

const akip = { value: 81.57, grade: 'A' };

// Tabel 1 reports up to Triwulan II only: TW3 and TW4 are blank (null), not zero. Every target
// runs to date, so all five indicators are cumulative; the AKIP score exists only once
// KemenPAN-RB has evaluated the report, in TW4.

/** Tabel 1, Pencapaian Kinerja Sekretariat: columns 3–12 by indicator id. */
const figures: Record<string, TRowFigures> = {
  'indeks-reformasi-birokrasi': [
    'S1',
    'Indeks',
    'cumulative',
    23.5,
    [22.4, 22.8, 23.1, 23.5],
    [22.4, 22.8, null, null],
  ],
  'nilai-akip': ['S2', 'Nilai/Predikat', 'cumulative', akip, [0, 0, 0, akip], [0, 0, null, null]],
  'pemenuhan-kualitas-dokumen': [
    'P5',
    'Persen',
    'cumulative',
    100,
    [65.22, 78.26, 86.96, 100],
    [65.22, 78.26, null, null],
  ],
  'dokumen-akip': ['5.1', 'Dokumen', 'cumulative', 15, [10, 11, 13, 15], [10, 11, null, null]],
  'dokumen-keuangan': ['5.2', 'Dokumen', 'cumulative', 12, [8, 10, 11, 12], [8, 10, null, null]],
};

/** Capaian TW1..TW4 as typed: the report's own computation, kept to compare, never used. */
const typed: TTypedAchievements = {
  'indeks-reformasi-birokrasi': ['100%', '100%', null, null],
  'nilai-akip': ['0', '0', null, null],
  'pemenuhan-kualitas-dokumen': ['100%', '100%', null, null],
  'dokumen-akip': ['100%', '100%', null, null],
  'dokumen-keuangan': ['100%', '100%', null, null],
};

const names: Record<string, string> = {
  'indeks-reformasi-birokrasi': 'Indeks Reformasi Birokrasi',
  'nilai-akip': 'Nilai/Predikat AKIP',
  'pemenuhan-kualitas-dokumen':
    'Tingkat pemenuhan aspek kualitas dokumen AKIP dan tingkat pemenuhan aspek kualitas dokumen keuangan daerah',
  'dokumen-akip': 'Dokumen AKIP yang memenuhi aspek kualitas',
  'dokumen-keuangan': 'Dokumen keuangan yang memenuhi aspek kualitas',
};

/** Tabel 1: two key indicators and program 5 (numbered 1 there). */
export const tabel1Rows = tableRows('Tabel 1', figures, names, typed);
