import { seedUnits } from './organisation.js';

const { sekretariat, pemberdayaan, rehabilitasi, perlindungan } = seedUnits;

/** What the IKU table adds to a key indicator of Tabel 1 or 2. */
export type TKeyIndicatorFacts = { formula: string; responsibleUnitIds: string[]; dataSource: string };

/** The three strategic objectives of the IKU table, in its order. */
export const objectives2019 = [
  {
    code: '1',
    name: 'Meningkatkan tata kelola pemerintahan yang baik dan bersih serta layanan publik yang berkualitas berbasis teknologi informasi',
  },
  { code: '2', name: 'Meningkatnya akuntabilitas kinerja Instansi Pemerintah' },
  {
    code: '3',
    name: 'Meningkatnya pemberdayaan, pelayanan dan rehabilitasi, serta perlindungan sosial bagi Penyandang Masalah Kesejahteraan Sosial (PMKS)',
  },
];

/**
 * Formula, responsible units and data source of each key indicator, from the IKU table. The IKU
 * table makes "Dinas Sosial" answer for the first; the Sekretariat compiles it, so it enters it.
 */
export const keyIndicatorFacts2019: Record<string, TKeyIndicatorFacts> = {
  'indeks-reformasi-birokrasi': {
    formula:
      'Indeks Reformasi Birokrasi menggambarkan sejauh mana instansi pemerintah melaksanakan perbaikan tata kelola pemerintahan yang bertujuan pada pemerintahan yang efektif dan efisien, bersih dari KKN dan memiliki pelayanan publik yang berkualitas. Komponen penilaian terdiri dari pengungkit 60% dan hasil 40%',
    responsibleUnitIds: [sekretariat.id],
    dataSource:
      'Peraturan Menteri Negara Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 30 Tahun 2018 tentang Pedoman Evaluasi Reformasi Birokrasi Instansi Pemerintah',
  },
  'nilai-akip': {
    formula:
      'Nilai akuntabilitas kinerja menunjukkan tingkat akuntabilitas atau pertanggungjawaban atas hasil (outcome) terhadap penggunaan dalam rangka terwujudnya pemerintahan yang berorientasi kepada hasil. Komponen penilaian terdiri dari perencanaan kinerja 30%, pengukuran kinerja 25%, pelaporan kinerja 15%, evaluasi kinerja 10% dan capaian kinerja 20%',
    responsibleUnitIds: [sekretariat.id],
    dataSource:
      'Peraturan Menteri Negara Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu Atas Laporan Kinerja Instansi Pemerintah',
  },
  'persentase-pmks-mandiri': {
    formula: 'Jumlah PMKS yang mandiri dibagi jumlah PMKS yang terdata x 100%',
    responsibleUnitIds: [pemberdayaan.id, rehabilitasi.id, perlindungan.id],
    dataSource:
      'Pemutakhiran data PMKS oleh Tenaga Kerja Sosial Kecamatan (TKSK) di setiap Kecamatan yang ada di Kab. HSS',
  },
};
