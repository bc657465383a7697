import { seedUnits } from './organisation.js';

const { sekretariat, pemberdayaan, rehabilitasi, perlindungan } = seedUnits;

/**
 * The eight programs of 2019. One numbering for the whole agreement: 1–4 as in Tabel 2 (the
 * social programs), 5 for Tabel 1's program (numbered 1 there), 6–8 for the other non-technical
 * programs of the Realisasi Anggaran table, which the report leaves to the Sekretariat.
 */
export const programs2019 = [
  {
    code: '1',
    name: 'Program Pemberdayaan Penyandang Masalah Kesejahteraan Sosial (PMKS)',
    unitId: pemberdayaan.id,
  },
  { code: '2', name: 'Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial', unitId: rehabilitasi.id },
  {
    code: '3',
    name: 'Program Perlindungan Penyandang Masalah Kesejahteraan Sosial (PMKS)',
    unitId: perlindungan.id,
  },
  {
    code: '4',
    name: 'Program Peningkatan Potensi dan Sumber Kesejahteraan Sosial (PSKS)',
    unitId: pemberdayaan.id,
  },
  {
    code: '5',
    name: 'Program Peningkatan Perencanaan, Pelaporan Capaian Kinerja dan Keuangan',
    unitId: sekretariat.id,
  },
  { code: '6', name: 'Program Pelayanan Administrasi Perkantoran', unitId: sekretariat.id },
  { code: '7', name: 'Program Peningkatan Sarana dan Prasarana Aparatur', unitId: sekretariat.id },
  { code: '8', name: 'Program Peningkatan Pelayanan Kinerja Perangkat Daerah', unitId: sekretariat.id },
];

/** One activity's budget as the report types it. */
export type TBudgetLine2019 = {
  code: string;
  name: string;
  unitId: string;
  /** Anggaran in the Perjanjian Kinerja table (PK Murni). */
  pk: number;
  /** Alokasi in the Realisasi Anggaran table (PK Perubahan). */
  allocation: number;
  /** Realisasi keuangan 2019. */
  realised: number;
  /** What the report computed by hand: absorption %, sisa, and the name it printed if it differs. */
  typed: { absorption: string; remainder: number; name?: string };
};

/** Activity names by code, in the Realisasi Anggaran table's order within each program. */
const names: Record<string, string> = {
  '1.1': 'Bantuan Usaha bagi Masyarakat Miskin',
  '1.2': 'Bantuan Usaha bagi Anak Terlantar',
  '1.3': 'Bantuan Usaha bagi Penyandang Disabilitas',
  '1.4': 'Bantuan Usaha bagi Perempuan Rawan Sosial Ekonomi (PRSE)',
  '1.5': 'Penyusunan Dokumen Calon Penerima Rumah Sejahtera',
  '2.1': 'Pelayanan Sosial bagi Anak Terlantar',
  '2.2': 'Pelayanan Sosial bagi Lanjut Usia Terlantar',
  '2.3': 'Pelayanan Sosial bagi Penyandang Disabilitas',
  '2.4': 'Pelayanan Sosial bagi Penyandang Penyakit Sosial dan Masyarakat Terlantar',
  '2.5': 'Rehabilitasi Sosial bagi Penyandang Disabilitas',
  '2.6': 'Rehabilitasi Sosial bagi Perempuan Rawan Sosial Ekonomi (PRSE)',
  '2.7': 'Rehabilitasi Sosial bagi Tuna Sosial dan Penyandang Penyakit Sosial Lainnya',
  '3.1': 'Perlindungan Sosial Korban Bencana',
  '3.2': 'Perlindungan Sosial bagi Anak Terlantar',
  '3.3': 'Perlindungan Sosial bagi Lanjut Usia Terlantar',
  '3.4': 'Penyaluran Pangan bagi Masyarakat Miskin',
  '4.1': 'Peningkatan Kompetensi Potensi dan Sumber Kesejahteraan Sosial (PSKS)',
  '5.1': 'Penyusunan Dokumen AKIP',
  '5.2': 'Penyusunan Dokumen Keuangan',
  '6.1': 'Penyediaan Jasa dan Administrasi Kantor',
  '6.2': 'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik',
  '6.3': 'Penyebarluasan Informasi Tugas Pokok dan Fungsi SKPD',
  '6.4': 'Penyediaan Makanan dan Minuman',
  '6.5': 'Penyediaan Jasa Tenaga Pendukung Administrasi/Teknis Lainnya',
  '6.6': 'Rapat-rapat Koordinasi, Konsultasi dan Lapangan',
  '7.1': 'Penyediaan Peralatan dan Perlengkapan Kantor',
  '7.2': 'Pemeliharaan Rutin/Berkala Gedung Kantor',
  '7.3': 'Pemeliharaan Rutin/Berkala Kendaraan Dinas/Operasional',
  '7.4': 'Pemeliharaan Peralatan dan Perlengkapan Kantor',
  '8.1': 'Pelayanan Hari-Hari Besar Nasional/Daerah',
  '8.2': 'Pelayanan Rujukan Terpadu Data Masyarakat Miskin',
  '8.3': 'Pelayanan Administrasi bagi Potensi dan Sumber Kesejahteraan Sosial (PSKS)',
  '8.4': 'Lomba-Lomba bagi Potensi dan Sumber Kesejahteraan Sosial (PSKS)',
  '8.5': 'Pembinaan Kepeloporan, Keperintisan dan Kepahlawanan',
};

/** PK anggaran, alokasi and realisasi (inputs); then the table's own % and sisa (typed, compared). */
const amounts: Record<
  string,
  [pk: number, allocation: number, realised: number, absorption: string, remainder: number]
> = {
  '1.1': [53_608_000, 53_608_000, 48_652_000, '90,76', 4_956_000],
  '1.2': [61_100_000, 115_100_000, 114_799_300, '99,74', 300_700],
  '1.3': [25_100_000, 25_100_000, 25_100_000, '100', 0],
  '1.4': [110_810_000, 141_910_000, 139_086_500, '98,01', 2_823_500],
  '1.5': [148_718_500, 205_288_500, 205_288_500, '100', 0],
  '2.1': [112_620_000, 113_580_000, 98_767_000, '86,96', 14_813_000],
  '2.2': [93_895_000, 93_895_000, 86_630_400, '92,26', 7_264_600],
  '2.3': [61_100_000, 60_140_000, 56_120_000, '93,32', 4_020_000],
  '2.4': [122_320_000, 122_320_000, 75_643_100, '61,84', 46_676_900],
  '2.5': [122_953_200, 122_953_200, 112_685_100, '91,65', 10_268_100],
  '2.6': [31_158_000, 31_158_000, 30_933_000, '99,28', 225_000],
  '2.7': [46_100_000, 46_100_000, 35_550_000, '77,11', 10_550_000],
  '3.1': [156_020_000, 156_020_000, 90_170_000, '57,79', 65_850_000],
  '3.2': [18_300_000, 18_300_000, 17_793_000, '97,23', 507_000],
  '3.3': [36_100_000, 36_100_000, 35_299_000, '97,78', 801_000],
  '3.4': [6_171_994_000, 7_530_226_000, 7_364_361_850, '97,80', 165_864_150],
  '4.1': [135_970_000, 474_195_000, 452_629_700, '95,45', 21_565_300],
  '5.1': [4_325_000, 4_325_000, 3_525_000, '81,50', 800_000],
  '5.2': [4_400_000, 4_400_000, 3_600_000, '81,82', 800_000],
  '6.1': [80_999_500, 80_999_500, 78_669_330, '97,12', 2_330_170],
  '6.2': [91_802_000, 91_802_000, 62_421_755, '68,00', 29_380_245],
  '6.3': [14_000_000, 14_000_000, 14_000_000, '100,00', 0],
  '6.4': [23_332_000, 23_332_000, 23_332_000, '100,00', 0],
  '6.5': [130_150_000, 97_750_000, 86_550_000, '88,54', 11_200_000],
  '6.6': [379_750_000, 379_750_000, 358_997_873, '94,54', 20_752_127],
  '7.1': [99_867_800, 99_867_800, 89_417_800, '89,54', 507_000],
  '7.2': [103_700_000, 110_674_000, 110_220_000, '99,59', 801_000],
  '7.3': [145_400_000, 155_250_000, 88_596_600, '57,07', 165_864_150],
  '7.4': [19_650_000, 19_650_000, 9_100_000, '46,31', 65_850_000],
  '8.1': [43_356_200, 221_420_000, 206_859_000, '93,42', 14_561_000],
  '8.2': [454_359_200, 457_959_200, 446_259_200, '97,45', 11_700_000],
  '8.3': [4_661_731_000, 4_661_731_000, 4_476_940_000, '96,04', 184_791_000],
  '8.4': [34_769_100, 34_769_100, 23_645_100, '68,01', 11_124_000],
  '8.5': [156_242_500, 156_242_500, 113_056_500, '72,36', 43_186_000],
};

/** The budget table prints 2.3's name as 2.5's; the PK and Tabel 2 say which activity it is. */
const printedNames: Record<string, string> = { '2.3': 'Rehabilitasi sosial bagi penyandang disabilitas' };

/** Every activity of the Realisasi Anggaran 2019 table, with the PK table's budget beside it. */
export const budgetLines2019: TBudgetLine2019[] = Object.entries(amounts).map(
  ([code, [pk, allocation, realised, absorption, remainder]]) => {
    const programCode = code.split('.')[0];
    const unitId = programs2019.find((p) => p.code === programCode)?.unitId;
    const name = names[code];
    if (!unitId || !name) throw new Error(`no program or name for activity ${code}`);
    const printed = printedNames[code];
    return {
      code,
      name,
      unitId,
      pk,
      allocation,
      realised,
      typed: { absorption, remainder, ...(printed && { name: printed }) },
    };
  },
);
