import type { TQuarter } from '../model/quarter.js';
import type { TProgramNarrative } from '../model/realisation.js';

const lines = (...items: string[]) => items.map((item) => `- ${item}`).join('\n');

const coordination = [
  'Melakukan koordinasi lintas sektoral;',
  'Meningkatkan sinergisitas program dan kegiatan antara Pemerintah Kabupaten, Pemerintah Provinsi dan Pemerintah Pusat dalam proses pembangunan bidang sosial;',
];
const planning =
  'Optimalisasi proses perencanaan, pelaksanaan, dan monitoring evaluasi kegiatan serta peningkatan kualitas data dan sumber daya yang ada.';
const psksSupport = (extra: string) =>
  `Ketersediaan Potensi dan Sumber Kesejahteraan Sosial seperti Pekerja Sosial Masyarakat, Tenaga Kesejahteraan Sosial Kecamatan, ${extra} yang mendukung upaya penyelenggaraan peningkatan kesejahteraan sosial;`;

/** The programs' narratives as the LKj writes them (Bab III); the year's go into TW4. */
export const narratives2019: { quarter: TQuarter; narrative: TProgramNarrative }[] = [
  {
    quarter: 4,
    narrative: {
      programCode: '1',
      activitiesCarriedOut: lines(
        'Keluarga miskin yang mendapatkan bantuan usaha ekonomi produktif (UEP) sebanyak 120 KK dari target 130 KK; kurang dari target karena setelah verifikasi dan validasi terdapat calon penerima bansos yang tidak memenuhi persyaratan.',
        'Bantuan peralatan modal usaha bagi siswa PSBR yang selesai pelatihan keterampilan sebanyak 37 orang dari target 40 orang.',
        'Penyandang disabilitas yang mendapatkan bantuan UEP sebanyak 8 orang dari target 8 orang.',
        'Perempuan Rawan Sosial Ekonomi (PRSE) yang mendapatkan bantuan UEP sebanyak 30 orang dari target 20 orang.',
        'Pembinaan dan pelatihan keterampilan kewirausahaan bagi PRSE sebanyak 100 orang dari target 100 orang.',
        'Keluarga miskin yang mendapatkan bantuan rehabilitasi rumah tidak layak huni sebanyak 410 KK, bersumber dari APBD Kab. HSS.',
      ),
      supportingFactors: lines(
        'Dukungan sumber daya manusia yang potensial;',
        psksSupport('Sarjana Pendamping Desa, Relawan Sosial lainnya dan Dunia Usaha'),
        'Dukungan sarana prasarana kerja yang memadai;',
        'Adanya motivasi dan keinginan masyarakat penerima program/kegiatan untuk berubah menjadi lebih baik.',
      ),
      obstacles: lines(
        'Proses seleksi, verifikasi dan validasi untuk menentukan individu atau keluarga yang layak menerima program pemberdayaan sosial memerlukan waktu yang cukup lama;',
        'Regulasi atau prosedur pemberian program pemberdayaan sosial pada skala nasional dan daerah yang berubah-ubah;',
        'Kemampuan penerima manfaat dalam melaksanakan program/kegiatan pemberdayaan sosial yang diterima masih rendah;',
        'Masih kurangnya cakupan program/kegiatan pemberdayaan sosial dalam mengintervensi pemberdayaan sosial masyarakat miskin.',
      ),
      actionsTaken: lines(
        ...coordination,
        'Memberikan pendampingan kepada masyarakat miskin penerima program pemberdayaan sosial;',
        planning,
      ),
    },
  },
  {
    quarter: 4,
    narrative: {
      programCode: '2',
      activitiesCarriedOut: lines(
        'Pengiriman 40 anak terlantar ke Panti Sosial Bina Remaja (PSBR) di Banjarbaru untuk pembinaan bakat dan keterampilan;',
        'Fasilitasi Panti Sosial Asuhan Anak (PSAA) 15 orang dan Panti Sosial Tresna Werdha (PSTW) 5 orang;',
        'Paket sembako bagi 160 penyandang disabilitas dan 200 lanjut usia; pakaian bagi 10 lanjut usia;',
        'Penertiban 79 gelandangan dan pengemis bersama Satpol PP dan pemulangan 9 orang masyarakat terlantar;',
        'Pengiriman 7 penyandang disabilitas ke panti rehabilitasi dan 20 PRSE ke Panti Sosial Bina Wanita (PSBW);',
        'Alat bantu bagi 12 penyandang disabilitas dan praktek belajar kerja bagi 10 penyandang disabilitas;',
        'Pemulangan 20 Bekas Warga Binaan Lembaga Pemasyarakatan; bimbingan sosial bagi 25 korban penyalahgunaan napza.',
      ),
      supportingFactors: lines(
        psksSupport('Relawan Sosial lainnya'),
        'Dukungan sarana prasarana kerja yang memadai.',
      ),
      obstacles: lines(
        'Potensi dan Sumber Kesejahteraan Sosial yang tersedia belum dapat bekerja secara optimal untuk pendampingan penyandang penyakit sosial / PMKS jalanan;',
        'Ketergantungan terhadap bantuan sosial yang diberikan masih tinggi;',
        'Masih kurangnya cakupan program/kegiatan dalam rangka peningkatan perubahan perilaku PMKS jalanan.',
      ),
      actionsTaken: lines(
        ...coordination,
        'Memberikan pendampingan kepada penyandang penyakit sosial;',
        planning,
      ),
    },
  },
  {
    quarter: 4,
    narrative: {
      programCode: '3',
      activitiesCarriedOut: lines(
        'Tanggap darurat bagi korban bencana 83 KK/263 jiwa (kebakaran, pohon tumbang, puting beliung);',
        'Bansos BERUPAYA bagi 276 anak dan PKSA bagi 109 anak dari keluarga miskin, Rp 1.200.000/orang/tahun;',
        'Jaminan Hidup Lansia bagi 1.997 lanjut usia;',
        'Rastra Daerah bagi 6.257 KPM dari keluarga miskin yang belum terakomodir data penerima bansos pangan.',
      ),
      supportingFactors: lines(
        psksSupport('Sarjana Pendamping Desa dan Relawan Sosial lainnya'),
        'Dukungan sarana prasarana kerja yang memadai.',
      ),
      obstacles: lines(
        'Proses seleksi, verifikasi dan validasi penerima bantuan sosial memerlukan waktu yang cukup lama;',
        'Prosedur pemberian bantuan sosial yang selektif;',
        'Ketergantungan terhadap bantuan sosial yang diberikan masih tinggi;',
        'Masih kurangnya cakupan program/kegiatan pemenuhan kebutuhan dasar anak dan lanjut usia terlantar.',
      ),
      actionsTaken: lines(
        ...coordination,
        'Memberikan pendampingan kepada penerima program bantuan sosial;',
        planning,
      ),
    },
  },
  {
    quarter: 4,
    narrative: {
      programCode: '4',
      activitiesCarriedOut: lines(
        'Pembinaan LKSA 16 buah, LK3 1 buah, Wahana Kesejahteraan Sosial Berbasis Masyarakat 10 buah dan Karang Taruna 31 buah;',
        'Sosialisasi tupoksi bagi 148 Sarjana Pendamping Desa Sejahtera, 11 TKSK dan 25 Pekerja Sosial Masyarakat;',
        'Fasilitasi 43 Pendamping PKH dan pembinaan 43 anggota TAGANA.',
      ),
      supportingFactors: lines(psksSupport('Sarjana Pendamping Desa dan Relawan Sosial lainnya')),
      obstacles: lines('Masih ada beberapa PSKS yang belum kompeten di bidangnya.'),
      actionsTaken: lines(
        'Terus melaksanakan pembinaan untuk meningkatkan kompetensi serta pembekalan etika birokrasi;',
        'Melaksanakan lomba untuk PSKS guna memberikan motivasi dan semangat agar terus berprestasi.',
      ),
    },
  },
  {
    quarter: 2,
    narrative: {
      programCode: '5',
      activitiesCarriedOut: lines(
        'Penyusunan Dokumen AKIP: 10 dokumen di Triwulan I dan 1 dokumen di Triwulan II (11 dokumen);',
        'Penyusunan Dokumen Keuangan: 8 dokumen di Triwulan I dan 2 dokumen di Triwulan II (10 dokumen).',
      ),
      supportingFactors: '',
      obstacles: lines(
        'Indeks Reformasi Birokrasi dan Nilai AKIP belum bisa diukur: penilaian evaluasi Laporan AKIP oleh KemenPAN-RB dilakukan pada Triwulan IV.',
      ),
      actionsTaken: '',
    },
  },
];
