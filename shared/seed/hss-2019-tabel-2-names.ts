import type { TIndicator } from '../model/indicator.js';

/** Column 2; where Tabel 2 leaves it blank, the Perjanjian Kinerja table's wording. */
export const tabel2Names: Record<string, string> = {
  'persentase-pmks-mandiri': 'Persentase Angka PMKS yang mandiri',
  'tingkat-pemberdayaan-pmks':
    'Tingkat pemberdayaan sosial terhadap Penyandang Masalah Kesejahteraan Sosial (PMKS)',
  'uep-masyarakat-miskin': 'Jumlah masyarakat memperoleh bantuan usaha ekonomi produktif (UEP)',
  'uep-anak-terlantar': 'Jumlah anak terlantar yang memperoleh bantuan usaha ekonomi produktif (UEP)',
  'uep-penyandang-disabilitas':
    'Jumlah penyandang disabilitas yang memperoleh bantuan usaha ekonomi produktif (UEP)',
  'uep-prse':
    'Jumlah Perempuan Rawan Sosial Ekonomi (PRSE) yang memperoleh bantuan usaha ekonomi produktif (UEP)',
  'bimbingan-kewirausahaan-prse':
    'Jumlah Perempuan Rawan Sosial Ekonomi (PRSE) yang memperoleh bimbingan kewirausahaan',
  'dokumen-rumah-sejahtera':
    'Jumlah Dokumen Calon Penerima Rumah Sejahtera yang dibuat sesuai dengan standar',
  'tingkat-pelayanan-sosial-pmks':
    'Tingkat pelayanan sosial terhadap Penyandang Masalah Kesejahteraan Sosial (PMKS)',
  'tingkat-rehabilitasi-sosial-pmks':
    'Tingkat rehabilitasi sosial terhadap Penyandang Masalah Kesejahteraan Sosial (PMKS)',
  'pelayanan-anak-terlantar':
    'Jumlah anak terlantar yang mendapatkan pelayanan sosial di dalam dan di luar panti',
  'kasus-adopsi-advokasi-anak':
    'Persentase kasus adopsi dan advokasi anak yang ditangani sesuai dengan standar',
  'pelayanan-lansia-terlantar':
    'Jumlah lanjut usia terlantar yang mendapatkan pelayanan sosial di dalam dan di luar panti',
  'pelayanan-penyandang-disabilitas':
    'Jumlah penyandang disabilitas yang mendapatkan pelayanan sosial di luar panti',
  'pelayanan-gepeng': 'Persentase gelandangan dan pengemis yang mendapatkan pelayanan sosial',
  'pelayanan-penyakit-sosial-terlantar':
    'Persentase penyandang penyakit sosial lainnya dan masyarakat terlantar yang mendapat pelayanan sosial',
  'rehabilitasi-disabilitas-panti':
    'Jumlah penyandang disabilitas yang mendapatkan rehabilitasi sosial di dalam panti',
  'alat-bantu-disabilitas': 'Jumlah penyandang disabilitas yang mendapatkan alat bantu tubuh',
  'praktek-belajar-kerja-disabilitas': 'Jumlah penyandang disabilitas yang mengikuti Praktek Belajar Kerja',
  'rehabilitasi-prse-panti': 'Jumlah PRSE yang mendapatkan rehabilitasi sosial di dalam panti',
  'rehabilitasi-penyakit-sosial':
    'Jumlah penyandang penyakit sosial lainnya yang mendapatkan rehabilitasi sosial',
  'tingkat-perlindungan-sosial-pmks':
    'Tingkat perlindungan sosial terhadap Penyandang Masalah Kesejahteraan Sosial (PMKS)',
  'bantuan-tanggap-darurat-bencana':
    'Persentase korban bencana yang mendapat bantuan tanggap darurat korban bencana',
  'perlindungan-korban-kekerasan': 'Persentase korban tindak kekerasan yang mendapatkan perlindungan sosial',
  'bantuan-sosial-anak-terlantar': 'Jumlah anak terlantar yang mendapatkan bantuan sosial',
  'bantuan-sosial-lansia-terlantar': 'Jumlah lanjut usia terlantar yang mendapatkan bantuan sosial',
  'penyaluran-pangan-masyarakat-miskin': 'Penyaluran pangan bagi masyarakat miskin',
  'cakupan-psks-aktif':
    'Cakupan lembaga/organisasi sosial dan relawan/petugas sosial yang aktif dalam penanganan masalah sosial',
  'lembaga-sosial-aktif': 'Jumlah lembaga/organisasi sosial yang dibina dan aktif',
  'relawan-sosial-aktif': 'Jumlah relawan/petugas sosial yang dibina dan aktif',
};

const terdata = 'Jumlah PMKS yang terdata';

/** The ratio indicators: their quarters are known only as percentages, their parts by name. */
export const tabel2Extras: Record<string, Partial<TIndicator>> = {
  'persentase-pmks-mandiri': {
    ratio: { numeratorLabel: 'Jumlah PMKS yang mandiri', denominatorLabel: terdata },
  },
  'tingkat-pemberdayaan-pmks': {
    ratio: { numeratorLabel: 'Jumlah PMKS yang menerima program pemberdayaan', denominatorLabel: terdata },
  },
};
