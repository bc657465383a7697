/** The indicator columns as an agency heads them: "TW I" where the template writes "TW1". */
const indicatorHeaders = [
  'Kode indikator',
  'Indikator',
  'Satuan',
  'Jenis angka',
  'Arah',
  'Tahunan',
  'Target',
  'TW I',
  'TW II',
  'TW III',
  'TW IV',
];

type TRow = (string | number | null)[];

/**
 * An agreement laid out as an agency types it rather than as the template writes it: headers in
 * other words ("Sasaran", "Unit", "TW I", "Pagu"), a title and a blank row above the activities'
 * headers, an activity's second indicator row with its owner's cells left blank (as a merged
 * cell reads), Rupiah and decimals as Indonesian text. `renamed` retypes headers of the
 * activities' sheet ({ Pagu: 'Dana (Rp)' }).
 */
export function handMadeLayout(renamed: Record<string, string> = {}): Record<string, TRow[]> {
  const activityHeaders = ['Kode kegiatan', 'Kode program', 'Kegiatan', 'Unit', 'Pagu', ...indicatorHeaders];
  return {
    Sasaran: [
      ['Kode sasaran', 'Sasaran', ...indicatorHeaders, 'Formula', 'Unit penanggung jawab', 'Sumber data'],
    ],
    Program: [
      ['Kode program', 'Program', 'Unit', ...indicatorHeaders],
      ['1', 'Program Pemberdayaan Sosial', 'Bidang Pemberdayaan Sosial'],
    ],
    Kegiatan: [
      ['PERJANJIAN KINERJA DINAS SOSIAL TAHUN 2026'],
      [],
      activityHeaders.map((header) => renamed[header] ?? header),
      [
        '1.1',
        '1',
        'Bantuan Usaha Ekonomi Produktif',
        'Bidang Pemberdayaan Sosial',
        '15.959.915.800',
        '1.1.1',
        'KPM yang dibantu',
        'KPM',
        'bulat',
        'naik',
        'jumlah',
        130,
        0,
        0,
        130,
        0,
      ],
      [
        null,
        null,
        null,
        null,
        null,
        '1.1.2',
        'Persentase KPM mandiri',
        'Persen',
        'desimal',
        'naik',
        'tetap',
        '65,74',
        '65,74',
        '65,74',
        '65,74',
        '65,74',
      ],
      [],
    ],
  };
}
