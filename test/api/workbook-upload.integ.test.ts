import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { buckets } from '../../functions/s3/bucket-names.js';
import { s3 } from '../../functions/s3/client.js';
import { clientAs, expectError, expectStatus } from '../support/api-client.js';
import { dishub } from '../support/new-agency.js';
import { withSeededStore } from '../support/seeded-store.js';
import {
  agreementLikeXlsx,
  csvOfRows,
  docxFile,
  encryptedWorkbook,
  odsFile,
  oldExcelWorkbook,
  pdfFile,
  semicolonCsv,
  uploadWorkbook,
} from '../support/workbook-files.js';
import { xlsxFile } from '../support/xlsx-file.js';

withSeededStore();

const agencyId = 'dinsos-hss';
const workbooksApi = (userId: string) => clientAs(userId).agencies[':agencyId'].workbooks;

const upload = (fileName: string, bytes: Uint8Array, userId = 'perencana') =>
  uploadWorkbook(userId, agencyId, fileName, bytes);

const readCells = (uploadId: string, fileName: string, userId = 'perencana', lang?: 'en') =>
  clientAs(userId, lang ? { lang } : {}).agencies[':agencyId'].workbooks[':uploadId'].$get({
    param: { agencyId, uploadId },
    query: { fileName },
  });

/** Whether anything is left stored under an upload. */
async function stored(uploadId: string, fileName: string, userId = 'perencana'): Promise<boolean> {
  const Key = `uploads/${agencyId}/${userId}/${uploadId}/${fileName}`;
  try {
    await s3.send(new HeadObjectCommand({ Bucket: buckets.evidence, Key }));
    return true;
  } catch {
    return false;
  }
}

describe('uploading a workbook', () => {
  it('reads saved values: formulas by their cached result, merged cells filled, Indonesian numbers, hidden sheets left out', async () => {
    const { uploadId, limits } = await upload('PK 2019.xlsx', await agreementLikeXlsx());
    expect(limits).toEqual({ maxBytes: 5 * 1024 * 1024, maxRows: 10_000 });
    const { workbook } = await expectStatus(readCells(uploadId, 'PK 2019.xlsx'), 200);
    expect(workbook.hiddenSheets).toEqual(['Rahasia']);
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(['PK 2019']);
    const rows = workbook.sheets[0]?.rows ?? [];
    expect(rows[2]?.[0]).toEqual({ text: 'Meningkatnya kemandirian PMKS', merged: true });
    expect(rows[1]?.[3]).toEqual({ text: '65,74', number: 65.74 });
    expect(rows[1]?.[5]).toEqual({ text: '1.5', ambiguous: true });
    expect(rows[1]?.[6]).toEqual({ text: '15.959.915.800', number: 15_959_915_800 });
    expect(rows[1]?.[7]).toEqual({ text: '15961415800', number: 15_961_415_800 });
    expect(rows[2]?.[3]).toEqual({ text: '6562', number: 6562 });
  });

  it('reads a CSV separated by semicolons, quoted fields and blank rows kept', async () => {
    const { uploadId } = await upload('pk.csv', semicolonCsv());
    const { workbook } = await expectStatus(readCells(uploadId, 'pk.csv'), 200);
    expect(workbook.format).toBe('csv');
    const rows = workbook.sheets[0]?.rows ?? [];
    expect(rows[1]).toEqual([
      { text: 'Bantuan; usaha' },
      { text: 'Orang' },
      { text: '65,74', number: 65.74 },
      { text: '15.959.915.800', number: 15_959_915_800 },
    ]);
    // A line of separators alone: a row holding nothing, as a sheet's empty row is.
    expect(rows[2]).toEqual([]);
  });

  it('lets only members of the agency upload, and reads only the uploader’s own files', async () => {
    const { uploadId } = await upload('pk.csv', semicolonCsv());
    await expectError(readCells(uploadId, 'pk.csv', 'kabid-pemberdayaan'), 404);
    await expectStatus(
      clientAs('admin-bappeda').regions[':regionId'].agencies.$post({
        param: { regionId: 'kab-hss' },
        json: dishub,
      }),
      201,
    );
    await expectError(
      workbooksApi('perencana-dishub').$post({ param: { agencyId }, json: { fileName: 'a.csv', size: 10 } }),
      403,
    );
  });
});

describe('bad files: a 400 naming the problem, nothing stored', () => {
  it('refuses a wrong extension and a 50 MB file before any upload, naming the field', async () => {
    const wrongType = await expectError(
      workbooksApi('perencana').$post({ param: { agencyId }, json: { fileName: 'PK.pdf', size: 1000 } }),
      400,
    );
    expect(wrongType.error.issues).toEqual([
      { path: 'fileName', message: 'hanya berkas Excel (.xlsx) atau CSV (.csv) yang diterima' },
    ]);
    const tooLarge = await expectError(
      workbooksApi('perencana').$post({
        param: { agencyId },
        json: { fileName: 'PK.xlsx', size: 50 * 1024 * 1024 },
      }),
      400,
    );
    expect(tooLarge.error.issues).toEqual([{ path: 'size', message: 'berkas maksimal 5 MB' }]);
  });

  const truncated = async () => {
    const whole = await agreementLikeXlsx();
    return whole.subarray(0, Math.floor(whole.length / 2));
  };
  const withText = (text: string) =>
    xlsxFile((workbook) => {
      workbook.addWorksheet('PK').addRow(['Indikator', 'Target']);
      workbook.getWorksheet('PK')?.addRow(['Bantuan', 10]);
      workbook.getWorksheet('PK')?.addRow([text, 20]);
    });

  it.each([
    [
      'a renamed PDF',
      'PK.xlsx',
      async () => pdfFile(),
      'Berkas ini sebenarnya PDF yang diganti namanya, bukan lembar kerja Excel.',
    ],
    [
      'a password-protected workbook',
      'PK.xlsx',
      async () => encryptedWorkbook(),
      'Berkas ini dilindungi kata sandi: buka di Excel, hapus kata sandinya, simpan, lalu unggah lagi.',
    ],
    [
      'an Excel 97–2003 workbook renamed .xlsx',
      'PK.xlsx',
      async () => oldExcelWorkbook(),
      'Berkas ini format Excel lama (.xls): buka di Excel lalu simpan sebagai .xlsx.',
    ],
    [
      'a LibreOffice spreadsheet (.ods) renamed .xlsx',
      'PK.xlsx',
      async () => odsFile(),
      'Berkas ini lembar kerja OpenDocument (.ods, LibreOffice): di LibreOffice pilih File → Simpan Sebagai, jenis Excel 2007-365 (.xlsx), lalu unggah lagi.',
    ],
    [
      'a Word document renamed .xlsx',
      'PK.xlsx',
      async () => docxFile(),
      'Berkas ini bukan lembar kerja: unggah berkas Excel (.xlsx) atau CSV (.csv).',
    ],
    [
      'a corrupt (cut off) workbook',
      'PK.xlsx',
      truncated,
      'Berkas Excel ini rusak atau tidak lengkap: simpan ulang dari Excel lalu unggah lagi.',
    ],
    [
      'a binary file named .csv',
      'PK.csv',
      async () => new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0]),
      'Berkas ini bukan lembar kerja: unggah berkas Excel (.xlsx) atau CSV (.csv).',
    ],
    [
      '100.000 rows',
      'PK.csv',
      async () => csvOfRows(100_000),
      'Berkas berisi 100.000 baris; paling banyak 10.000 baris.',
    ],
    [
      'cells holding more than the API can answer with',
      'PK.csv',
      async () => new TextEncoder().encode(`${Array(200).fill('1').join(';')}\n`.repeat(1_000)),
      'Sel-sel berkas ini memuat terlalu banyak isi untuk dibaca sekaligus: hapus lembar, kolom atau teks panjang yang tidak diperlukan, atau bagi ke beberapa berkas.',
    ],
    [
      'a cell starting with =',
      'PK.xlsx',
      () => withText('=HYPERLINK("http://evil","klik")'),
      'Lembar \'PK\', sel A3: \'=HYPERLINK("http://evil","klik")\' diawali =, +, -, @ sehingga dapat dijalankan sebagai rumus. Hapus tanda di depannya, atau di Excel format selnya sebagai Teks.',
    ],
    [
      'a CSV cell starting with @',
      'PK.csv',
      async () => new TextEncoder().encode('Indikator;Target\n@SUM(1+1)*cmd;10\n'),
      "Lembar 'PK', sel A2: '@SUM(1+1)*cmd' diawali =, +, -, @ sehingga dapat dijalankan sebagai rumus. Hapus tanda di depannya, atau di Excel format selnya sebagai Teks.",
    ],
    [
      'a formula without its saved value',
      'PK.xlsx',
      () =>
        xlsxFile((workbook) => {
          workbook.addWorksheet('PK').getCell('B2').value = { formula: 'A1*2', date1904: false };
        }),
      "Lembar 'PK', sel B2: rumus tanpa nilai tersimpan. Buka berkas di Excel, simpan, lalu unggah lagi.",
    ],
    [
      'data on hidden sheets only',
      'PK.xlsx',
      () =>
        xlsxFile((workbook) => {
          workbook.addWorksheet('Kosong');
          workbook.addWorksheet('PK', { state: 'hidden' }).addRow(['Indikator', 10]);
        }),
      'Tidak ada data di lembar yang terlihat (lembar tersembunyi tidak dibaca: PK).',
    ],
  ])('%s', async (_, fileName, bytes, message) => {
    const { uploadId } = await upload(fileName, await bytes());
    const error = await expectError(readCells(uploadId, fileName), 400);
    expect(error.error.message).toBe(message);
    expect(error.error.issues).toEqual([{ path: 'file', message }]);
    expect(await stored(uploadId, fileName)).toBe(false);
  });

  it('says it in English to an English reader', async () => {
    const { uploadId } = await upload('PK.xlsx', pdfFile());
    const error = await expectError(readCells(uploadId, 'PK.xlsx', 'perencana', 'en'), 400);
    expect(error.error.message).toBe('This file is a PDF with another name, not an Excel workbook.');
    const wide = await upload(
      'PK.csv',
      new TextEncoder().encode(`${Array(200).fill('1').join(';')}\n`.repeat(1_000)),
    );
    const tooMuch = await expectError(readCells(wide.uploadId, 'PK.csv', 'perencana', 'en'), 400);
    expect(tooMuch.error.issues).toEqual([
      {
        path: 'file',
        message:
          'The cells of this file hold too much to read at once: remove the sheets, columns or long texts you do not need, or split it into several files.',
      },
    ]);
  });

  it('a read of nothing uploaded is a 404', async () => {
    const error = await expectError(readCells('4b0c3a53-8d1e-4c8f-9a43-0c0de0c0ffee', 'PK.xlsx'), 404);
    expect(error.error.message).toBe('berkas belum diunggah atau sudah kedaluwarsa: unggah lagi');
  });
});
