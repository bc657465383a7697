import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importProblems } from '../../shared/agreement-workbook/import-problems.js';
import { readAgreementTemplate } from '../../shared/agreement-workbook/read-template.js';
import { seedUnits } from '../../shared/seed/organisation.js';
import { parseWorkbook } from '../workbook/parse-workbook.js';

const units = Object.values(seedUnits);
const identity = { agencyId: 'dinsos-hss', year: 2026, version: 1, kind: 'murni' as const };

/**
 * A workbook laid out as an agency types it rather than as the template writes it: a title above
 * the headers, headers in other words ("TW I", "Pagu"), an activity's cells merged over its two
 * indicators, a blank spacer row, Rupiah and decimals as Indonesian text.
 */
async function handMadeWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook
    .addWorksheet('Sasaran')
    .addRow([
      'Kode sasaran',
      'Sasaran',
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
      'Formula',
      'Unit penanggung jawab',
      'Sumber data',
    ]);
  workbook
    .addWorksheet('Program')
    .addRow([
      'Kode program',
      'Program',
      'Unit',
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
    ]);
  workbook
    .getWorksheet('Program')
    ?.addRow(['1', 'Program Pemberdayaan Sosial', 'Bidang Pemberdayaan Sosial']);
  const activities = workbook.addWorksheet('Kegiatan');
  activities.addRow(['PERJANJIAN KINERJA DINAS SOSIAL TAHUN 2026']);
  activities.addRow([]);
  activities.addRow([
    'Kode kegiatan',
    'Kode program',
    'Kegiatan',
    'Unit',
    'Pagu',
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
  ]);
  activities.addRow([
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
  ]);
  activities.addRow([
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
  ]);
  for (const column of ['A', 'B', 'C', 'D', 'E']) activities.mergeCells(`${column}4:${column}5`);
  activities.addRow([]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('an agreement workbook laid out by hand', () => {
  it('is read by its headers: titles above, merged cells, spacer rows and Indonesian numbers', async () => {
    const workbook = await parseWorkbook(await handMadeWorkbook(), 'PK 2026.xlsx');
    let n = 0;
    const read = readAgreementTemplate(workbook, units, () => `indikator-baru-${++n}`);
    expect(importProblems(read, identity, units).problems).toEqual([]);
    expect(read.content.activities).toEqual([
      expect.objectContaining({
        code: '1.1',
        programCode: '1',
        unitId: 'pemberdayaan-sosial',
        budget: 15_959_915_800,
        indicators: [
          expect.objectContaining({
            id: 'indikator-baru-1',
            numberKind: 'count',
            target: 130,
            quarterTargets: [0, 0, 130, 0],
          }),
          expect.objectContaining({ id: 'indikator-baru-2', aggregation: 'level', target: 65.74 }),
        ],
      }),
    ]);
  });
});
